/** Programme records from content/ for the rules engine (the persona cases use them). */
import { loadContent } from '../../content/schema/load'
import type { Programme } from '../../content/schema/records'
import type { RuleProgramme } from '../../site/lib/eligibility/index'

/** Map a validated content/ record to the engine's input (the persona tests use content/ directly). */
export function toRuleProgramme(p: Programme): RuleProgramme {
  return {
    slug: p.slug,
    name: p.name,
    amounts: p.amounts.map(({ key, value, unit, from, to }) => ({
      key,
      value,
      unit,
      from,
      ...(to === undefined ? {} : { to }),
    })),
    documents: p.documents,
    ...(p.where ? { where: p.where } : {}),
    ...(p.online ? { online: p.online } : {}),
  }
}

/** All programme records in content/, validated. Throws ContentError if content/ has problems. */
export function loadProgrammesForRules(contentDir?: string): RuleProgramme[] {
  return loadContent(contentDir).programmes.map(({ data }) => toRuleProgramme(data))
}
