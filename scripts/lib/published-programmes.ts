/**
 * Where the eligibility CLI gets programme records: the published CMS records — the same ones
 * the site shows — read as the public reads them. The embedded database is seeded first if it
 * is empty, so the CLI works right after `npm ci`. Nothing but the CLI's JSON goes to stdout.
 *
 * A small JSON copy of the published programmes beside the embedded database, so the CLI
 * answers in well under a second instead of opening the CMS each run. It is used only while
 * the database's fingerprint (db-fingerprint.ts) is the one it was read at — any publish, edit
 * or delete changes it; otherwise the CLI reads the CMS and writes the copy again. With
 * MongoDB there is no fingerprint, so the CMS is always read.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  fromCmsProgramme,
  type CmsProgramme,
  type RuleProgramme,
} from '../../site/lib/eligibility/index'
import { databaseFingerprint, sqliteFile } from './db-fingerprint'

type Env = Record<string, string | undefined>
const VERSION = 3 // 2: programmes carry their legal basis; 3: withdrawn ones left out
type Copy = { version: number; fingerprint: string; programmes: RuleProgramme[] }

/** Where the copy lives: beside the database it was read from (none for MongoDB). */
export function cacheFile(env: Env = process.env): string | undefined {
  const db = sqliteFile(env)
  return db && path.join(path.dirname(db), 'cache', 'published-programmes.json')
}

/** The copied programmes if the database is unchanged since they were read; else undefined. */
export function readProgrammesCache(env: Env = process.env): RuleProgramme[] | undefined {
  const file = cacheFile(env)
  if (!file) return undefined
  let copy: Copy
  try {
    copy = JSON.parse(readFileSync(file, 'utf8')) as Copy
  } catch {
    return undefined // missing or damaged: read the CMS
  }
  if (copy.version !== VERSION || !Array.isArray(copy.programmes)) return undefined
  const now = databaseFingerprint(env)
  return now !== undefined && now === copy.fingerprint ? copy.programmes : undefined
}

/** Keep `programmes` as read at `fingerprint` (taken before reading, so a change in between is caught). */
export function writeProgrammesCache(
  programmes: RuleProgramme[],
  fingerprint: string | undefined,
  env: Env = process.env,
): void {
  const file = cacheFile(env)
  if (!file || fingerprint === undefined) return
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify({ version: VERSION, fingerprint, programmes } satisfies Copy))
  renameSync(tmp, file)
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

/**
 * The published programmes: from the copy beside the embedded database while it is current
 * (above), else from the CMS (seeding an empty embedded database first), which
 * then refreshes the copy. `refresh` always reads the CMS.
 */
export async function loadPublishedProgrammes({ refresh = false } = {}): Promise<RuleProgramme[]> {
  const cached = refresh ? undefined : readProgrammesCache()
  if (cached) return cached
  const { programmes, fingerprint } = await loadFromCms()
  writeProgrammesCache(programmes, fingerprint)
  return programmes
}

async function loadFromCms(): Promise<{ programmes: RuleProgramme[]; fingerprint?: string }> {
  process.env.PAYLOAD_LOG_LEVEL ??= 'error'
  return stdoutToStderr(async () => {
    const { seed } = await import('./steps')
    await seed({ PAYLOAD_LOG_LEVEL: 'error' }, true, { quietUnlessFailed: true })
    const fingerprint = databaseFingerprint()
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
    return {
      // a withdrawn (discontinued) programme keeps its page but is offered to nobody
      programmes: docs
        .filter((d) => !d.withdrawal)
        .map((d) => fromCmsProgramme(d as unknown as CmsProgramme)),
      fingerprint,
    }
  })
}
