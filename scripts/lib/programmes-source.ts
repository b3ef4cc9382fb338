/** Programme records from content/ for the rules engine (the persona cases use them). */
import { loadContent } from '../../content/schema/load'
import { programmesAsStored } from '../../cms/seed/asStored'
import {
  fromCmsProgramme,
  type CmsProgramme,
  type RuleProgramme,
} from '../../site/lib/eligibility/index'

/**
 * The programme records in content/ that are not withdrawn, validated, as the engine gets them from the CMS: through
 * the seed's mapping to CMS documents and fromCmsProgramme, the mapping the site and the CLI
 * use. Throws ContentError if content/ has problems.
 */
export function loadProgrammesForRules(contentDir?: string): RuleProgramme[] {
  // a withdrawn (discontinued) programme is offered to nobody
  return programmesAsStored(loadContent(contentDir))
    .filter((doc) => !(doc as { withdrawal?: unknown }).withdrawal)
    .map((doc) => fromCmsProgramme(doc as unknown as CmsProgramme))
}
