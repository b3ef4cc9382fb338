/**
 * The one place the eligibility CLI gets programme records from. Today it reads content/ via
 * loadContent(); later it will read the published CMS records instead. Keep the output the
 * engine's minimal RuleProgramme so that switch touches nothing else.
 */
import { loadContent } from '../../content/schema/load'
import type { Programme } from '../../content/schema/records'
import type { RuleProgramme } from '../../site/lib/eligibility/index'

/** Map a validated content record to the engine's input (drops labels, citations, steps…). */
export function toRuleProgramme(p: Programme): RuleProgramme {
  return {
    slug: p.slug,
    name: p.name,
    amounts: p.amounts.map(({ key, value, unit, from, to }) => ({ key, value, unit, from, ...(to === undefined ? {} : { to }) })),
    documents: p.documents,
    ...(p.where ? { where: p.where } : {}),
    ...(p.online ? { online: p.online } : {}),
  }
}

/** All programme records, validated. Throws ContentError if content/ has problems. */
export function loadProgrammesForRules(contentDir?: string): RuleProgramme[] {
  return loadContent(contentDir).programmes.map(({ data }) => toRuleProgramme(data))
}
