/**
 * Reads the CMS as the public does (Local API, overrideAccess: false, no user: published
 * documents only) and writes one JSON file per collection for the static site build.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { LOCALES } from '../../content/schema/common'
import { CONTENT_TYPES, type ContentType } from '../../content/schema/records'
import { POLICY_LINK_FIELDS } from '../collections/Policies'
import { copyPublicMedia, toSiteMediaUrls } from './media'
import { richTextToHtml } from './richTextHtml'

/** The collections the public reads are the content types. */
export const PUBLIC_COLLECTIONS = CONTENT_TYPES
export type PublicCollection = ContentType

export const RICH_TEXT_FIELDS: Partial<Record<PublicCollection, string[]>> = {
  policies: ['body'],
  'charity-projects': ['body', 'howToHelp'],
  'place-stories': ['story'],
}

type Doc = Record<string, unknown>

/** Replace Lexical JSON with HTML, per locale, so the site ships no converter. */
export function renderRichText(doc: Doc, fields: string[]): Doc {
  const out = { ...doc }
  for (const f of fields) {
    const byLocale = doc[f] as Record<string, unknown> | null | undefined
    if (!byLocale) continue
    out[f] = Object.fromEntries(
      LOCALES.map((l) => [l, byLocale[l] ? richTextToHtml(byLocale[l], l) : null]).filter(
        ([, v]) => v,
      ),
    )
  }
  return out
}

/**
 * Drop what the public has no use for; flag withdrawn records (`withdrawn`), which keep their
 * page but leave lists and search (the search mapping reads the same flag).
 */
function clean(doc: Doc): Doc {
  const { contentHash: _h, ...rest } = doc
  return 'withdrawal' in rest ? { ...rest, withdrawn: Boolean(rest.withdrawal) } : rest
}

/**
 * A citation's source is a relationship to a policy in the CMS; the site (like content/) names
 * it by slug. A source the public may not read (an unpublished policy) is left out.
 */
export function citationSourcesToSlugs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(citationSourcesToSlugs)
  if (!value || typeof value !== 'object') return value
  const out: Doc = {}
  for (const [k, v] of Object.entries(value)) out[k] = citationSourcesToSlugs(v)
  if ('source' in out && 'location' in out) {
    const s = out.source as { slug?: unknown } | null
    out.source = s && typeof s === 'object' && typeof s.slug === 'string' ? s.slug : null
  }
  return out
}

/** How the export reads a record: every locale, related records as a link needs them. */
export const SITE_READ = {
  overrideAccess: false,
  locale: 'all',
  depth: 1,
  // related policies: what a link needs, not the plan's full text once per programme
  populate: {
    policies: POLICY_LINK_FIELDS,
    // a withdrawn programme's "replaced by"
    programmes: { slug: true, name: true },
  },
} as const

/** One CMS document as the site reads it (the export's and the preview's one mapping). */
export const toSiteDoc = (collection: PublicCollection, d: unknown): Doc =>
  citationSourcesToSlugs(clean(renderRichText(d as Doc, RICH_TEXT_FIELDS[collection] ?? []))) as Doc

/** The order of a collection's export file (the site's lists keep it). */
export const exportSort = (collection: PublicCollection): 'order' | 'slug' =>
  collection === 'indicators' || collection === 'towns' ? 'order' : 'slug'

/** Published records of a collection as the public reads them, optionally only some ids. */
export async function readPublished(
  payload: Payload,
  collection: PublicCollection,
  ids?: (string | number)[],
): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    ...SITE_READ,
    pagination: false,
    draft: false,
    joins: false as never,
    sort: exportSort(collection),
    ...(ids ? { where: { id: { in: ids } } } : {}),
  })
  return result.docs.map((d) => toSiteDoc(collection, d))
}

/** One collection's export file: `<collection>.json`, media URLs pointing at the site's copies. */
export function writeCollection(
  dir: string,
  collection: PublicCollection,
  docs: Doc[],
  file = path.join(dir, `${collection}.json`),
): void {
  writeFileSync(file, toSiteMediaUrls(JSON.stringify(docs, null, 1)))
}

/** `meta.json`: when the export was made and how many records each collection has. */
export function writeExportMeta(dir: string, counts: Record<string, number>): void {
  writeFileSync(
    path.join(dir, 'meta.json'),
    JSON.stringify({ exportedAt: new Date().toISOString(), counts }, null, 1),
  )
}

export async function exportSiteData(
  payload: Payload,
  outDir: string,
  log: (s: string) => void = console.log,
) {
  const tmp = `${outDir}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  const counts: Record<string, number> = {}
  for (const collection of PUBLIC_COLLECTIONS) {
    const docs = await readPublished(payload, collection)
    writeCollection(tmp, collection, docs)
    counts[collection] = docs.length
    log(`[export] ${collection}: ${docs.length} published`)
  }
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    overrideAccess: false,
    locale: 'all',
    depth: 0,
  })
  writeFileSync(
    path.join(tmp, 'site-settings.json'),
    JSON.stringify(clean(settings as unknown as Doc), null, 1),
  )
  const synonyms = await payload.findGlobal({
    slug: 'search-synonyms',
    overrideAccess: false,
    depth: 0,
  })
  writeFileSync(
    path.join(tmp, 'search-synonyms.json'),
    JSON.stringify(
      {
        pairs: (synonyms.pairs ?? []).map(({ colloquial, official }) => ({ colloquial, official })),
      },
      null,
      1,
    ),
  )
  const files = await copyPublicMedia(payload, tmp)
  log(`[export] media: ${files} files`)
  writeExportMeta(tmp, counts)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(path.dirname(outDir), { recursive: true })
  renameSync(tmp, outDir)
  return counts
}
