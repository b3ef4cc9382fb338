/**
 * The export read back by the rebuild: which record a rebuild reason names, and the exported
 * records by collection. Light on purpose (no Payload): the rebuild plan and the incremental
 * export both use it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CONTENT_TYPES, type ContentType } from '../../content/schema/records'

/** The publish hook's reason for one record: `collection/slug` (cms/hooks/rebuildSite.ts). */
const RECORD = /^([a-z-]+)\/([^\s/]+)$/

/** The record a rebuild reason names, if it names one public record. */
export function recordOfReason(
  reason: string,
): { collection: ContentType; slug: string } | undefined {
  const m = RECORD.exec(reason)
  const collection = m?.[1] as ContentType | undefined
  return m && collection && CONTENT_TYPES.includes(collection)
    ? { collection, slug: m[2] }
    : undefined
}

type Doc = { slug: string } & Record<string, unknown>
/** The exported records by collection (a collection without a file is missing). */
export type SiteData = Partial<Record<ContentType, Doc[]>>

/** The export in `dir` (empty when there is none yet). */
export function readSiteData(dir: string): SiteData {
  const out: SiteData = {}
  for (const c of CONTENT_TYPES) {
    const file = path.join(dir, `${c}.json`)
    if (existsSync(file)) out[c] = JSON.parse(readFileSync(file, 'utf8')) as Doc[]
  }
  return out
}
