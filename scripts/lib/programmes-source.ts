/**
 * Where the eligibility CLI gets programme records: the published CMS records — the same ones
 * the site shows — read as the public reads them. The embedded database is seeded first if it
 * is empty, so the CLI works right after `npm ci`. Nothing but the CLI's JSON goes to stdout.
 */
import { loadContent } from '../../content/schema/load'
import { programmesAsStored } from '../../cms/seed/asStored'
import {
  fromCmsProgramme,
  type CmsProgramme,
  type RuleProgramme,
} from '../../site/lib/eligibility/index'
import { seed } from './steps'

/**
 * All programme records in content/, validated, as the engine gets them from the CMS: through
 * the seed's mapping to CMS documents and fromCmsProgramme, the mapping the site and the CLI
 * use. Throws ContentError if content/ has problems.
 */
export function loadProgrammesForRules(contentDir?: string): RuleProgramme[] {
  return programmesAsStored(loadContent(contentDir)).map((doc) =>
    fromCmsProgramme(doc as unknown as CmsProgramme),
  )
}

/** Run `fn` with anything written to stdout sent to stderr instead. */
async function stdoutToStderr<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  try {
    return await fn()
  } finally {
    process.stdout.write = write
  }
}

/** The published programmes from the CMS (seeding an empty embedded database first). */
export async function loadPublishedProgrammes(): Promise<RuleProgramme[]> {
  process.env.PAYLOAD_LOG_LEVEL ??= 'error'
  return stdoutToStderr(async () => {
    await seed({ PAYLOAD_LOG_LEVEL: 'error' }, true, { quietUnlessFailed: true })
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../cms/payload.config')
    const payload = await getPayload({ config })
    const { docs } = await payload.find({
      collection: 'programmes',
      overrideAccess: false,
      locale: 'all',
      depth: 1, // related policies with their titles and 文号, for the rules' legal basis
      pagination: false,
    })
    return docs.map((d) => fromCmsProgramme(d as unknown as CmsProgramme))
  })
}
