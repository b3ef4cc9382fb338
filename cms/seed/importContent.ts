/**
 * Imports validated content/ into Payload: all or nothing (one transaction), idempotent
 * (a record whose content hash is unchanged is not written), with progress lines.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { LOCALES, type Locale } from '../../content/schema/common'
import type { Content } from '../../content/schema/load'
import { CONTENT_TYPES, type ContentType } from '../../content/schema/records'
import { citedFirst, citedIds, linksIntact, type StoredDoc } from './links'
import { linkReplacements } from './replacements'
import { markdownConverter } from './richText'
import { sourceToMarkdown } from './sourceText'
import { SHARED_ARRAYS, siteSettingsData, toPayloadData, withRowIds, type Refs } from './toPayload'

/** Towns and policies first: the other records link to them (see SCHEMAS). */
export const IMPORT_ORDER = CONTENT_TYPES

export type ImportStats = { created: number; updated: number; unchanged: number; skipped: number }

/** Bump when the mapping to Payload changes, so every record is written again. */
// 3: citation sources are relationships to policies; 4: withdrawal fields
export const IMPORTER_VERSION = 4
export type Log = (line: string) => void

export class ImportError extends Error {
  constructor(
    public file: string,
    public field: string,
    public reason: string,
  ) {
    super(`${file}: ${field || '(record)'}: ${reason}`)
  }
}

/**
 * The SQLite driver (libsql) frees a finished statement's native memory only when the event
 * loop gets a turn; an import that never yields kept every statement (about 1 MB per record,
 * 1.5 GB at 1,000 records). One turn per record keeps it flat.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

const hashJson = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 32)
const hashOf = (value: unknown) => hashJson(JSON.stringify(value))

/**
 * Every stored record of a type (its latest version, draft or not), by slug: one query per
 * type instead of one per record. Only what the importer compares is read.
 */
async function storedBySlug(
  payload: Payload,
  type: ContentType,
  req: Req,
): Promise<Map<string, StoredDoc>> {
  const { docs } = await payload.find({
    collection: type,
    depth: 0,
    draft: true,
    pagination: false,
    select: {
      slug: true,
      contentHash: true,
      _status: true,
      ...(type === 'programmes' ? { relatedPolicies: true } : {}),
      ...(type === 'facilities' || type === 'place-stories' ? { town: true } : {}),
    } as never,
    req: req(),
  })
  return new Map((docs as unknown as (StoredDoc & { slug: string })[]).map((d) => [d.slug, d]))
}

/** Payload's ValidationError carries the failing field paths; keep them for the message. */
function describe(err: unknown): { field: string; reason: string } {
  const e = err as { data?: { errors?: { path?: string; message?: string }[] }; message?: string }
  const first = e.data?.errors?.[0]
  return first
    ? { field: first.path ?? '', reason: first.message ?? String(e.message) }
    : { field: '', reason: String(e.message ?? err) }
}

/**
 * force: also overwrite records whose latest version in the CMS is an unpublished draft (an
 * editor's work in progress); by default they are skipped with a warning, so importing never
 * publishes someone's draft.
 */
export async function importContent(
  payload: Payload,
  content: Content,
  log: Log = console.log,
  { force = false }: { force?: boolean } = {},
): Promise<ImportStats> {
  const stats: ImportStats = { created: 0, updated: 0, unchanged: 0, skipped: 0 }
  const md = await markdownConverter(payload.config)
  const refs: Refs = { policies: new Map(), towns: new Map() }
  const sources = new Map(
    content.policies
      .filter((p) => p.data.sourceFile && !p.data.body)
      .map((p) => [
        p.data.slug,
        sourceToMarkdown(
          readFileSync(path.join(content.dir, 'sources', p.data.sourceFile!), 'utf8'),
        ),
      ]),
  )
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  // a fresh request object per call: Payload caches lookups on it
  const req = () => ({ transactionID, context: { seeding: true } }) as Partial<PayloadRequest>
  try {
    for (const type of IMPORT_ORDER) {
      const records = type === 'policies' ? citedFirst(content.policies) : content[type]
      const stored = await storedBySlug(payload, type, req)
      // the other types link to every policy and town: refs no longer change while they import
      const sharedDeps =
        type === 'policies' || type === 'towns'
          ? undefined
          : JSON.stringify([[...refs.policies], [...refs.towns]])
      let i = 0
      for (const rec of records) {
        i += 1
        const slug = rec.data.slug
        // what the written document depends on: the record, the source text it shows, the ids
        // of the records it links to (re-created records get new ids), the mapping itself
        const hash =
          sharedDeps === undefined
            ? hashOf([
                IMPORTER_VERSION,
                rec.data,
                type === 'policies'
                  ? [
                      sources.get(slug) ?? null,
                      citedIds(rec.data as Content['policies'][number]['data'], refs),
                    ]
                  : null,
              ])
            : hashJson(`[${IMPORTER_VERSION},${JSON.stringify(rec.data)},${sharedDeps}]`)
        let outcome: keyof ImportStats
        try {
          const existing = stored.get(slug)
          if (existing?.contentHash === hash && linksIntact(type, existing, rec.data, refs)) {
            outcome = 'unchanged'
            if (type === 'policies' || type === 'towns') refs[type].set(slug, existing.id)
          } else if (existing?._status === 'draft' && !force) {
            outcome = 'skipped'
            if (type === 'policies' || type === 'towns') refs[type].set(slug, existing.id)
            log(
              `[seed] warning: ${rec.file} not imported: its record in the CMS has an unpublished draft. Publish or discard the draft, or run "npm run seed -- --force" to overwrite it.`,
            )
          } else {
            const id = await writeAllLocales(payload, type, rec.data, existing?.id, hash, {
              md,
              refs,
              req,
              sources,
            })
            if (type === 'policies' || type === 'towns') refs[type].set(slug, id)
            outcome = existing ? 'updated' : 'created'
          }
        } catch (err) {
          const { field, reason } = describe(err)
          throw new ImportError(rec.file, field, reason)
        }
        stats[outcome] += 1
        log(`[seed] ${type} ${i}/${records.length} ${slug}: ${outcome}`)
        await nextTurn()
      }
    }
    await linkReplacements(payload, content, req, log)
    const siteOutcome = await importSiteSettings(payload, content.site, req)
    stats[siteOutcome] += 1
    log(`[seed] site-settings: ${siteOutcome}`)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return stats
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}

type Req = () => Partial<PayloadRequest>
type WriteCtx = {
  md: Awaited<ReturnType<typeof markdownConverter>>
  refs: Refs
  req: Req
  sources: Map<string, string>
}

async function writeAllLocales(
  payload: Payload,
  type: ContentType,
  data: Content[ContentType][number]['data'],
  id: number | string | undefined,
  hash: string,
  { md, refs, req, sources }: WriteCtx,
): Promise<number | string> {
  let docId = id
  const slug = (data as { slug: string }).slug
  if (type === 'policies') {
    const own = data as Content['policies'][number]['data']
    // a policy citing itself (the plan cites its chapters) needs its own id: create it first
    if (docId === undefined && own.citations.some((c) => c.source === slug)) {
      const others = { ...own, citations: own.citations.filter((c) => c.source !== slug) }
      const stub = toPayloadData('policies', others, { locale: 'zh-CN', md, refs, sources })
      docId = (
        await payload.create({
          collection: 'policies',
          data: { ...stub, _status: 'published' } as never,
          locale: 'zh-CN',
          depth: 0,
          req: req(),
        })
      ).id
    }
    if (docId !== undefined) refs.policies.set(slug, docId)
  }
  // the document as written last (depth 0: nothing populated): its shared array rows' ids
  let stored: Record<string, unknown> = {}
  for (const locale of LOCALES) {
    const mapped = toPayloadData(type, data as never, { locale, md, refs, sources })
    if (locale === 'zh-CN') {
      const body = { ...mapped, contentHash: hash, _status: 'published' as const }
      const doc =
        docId === undefined
          ? await payload.create({
              collection: type,
              data: body as never,
              locale,
              depth: 0,
              req: req(),
            })
          : await payload.update({
              collection: type,
              id: docId,
              data: body as never,
              locale,
              depth: 0,
              req: req(),
            })
      docId = doc.id
      stored = doc as unknown as Record<string, unknown>
      continue
    }
    if (Object.keys(mapped).length === 0) continue
    const body = withRowIds(mapped, stored, SHARED_ARRAYS[type])
    stored = (await payload.update({
      collection: type,
      id: docId!,
      data: { ...body, _status: 'published' } as never,
      locale,
      depth: 0,
      req: req(),
    })) as unknown as Record<string, unknown>
  }
  return docId!
}

async function importSiteSettings(
  payload: Payload,
  site: Content['site'],
  req: Req,
): Promise<keyof ImportStats> {
  const hash = hashOf(site)
  const current = (await payload.findGlobal({ slug: 'site-settings', depth: 0, req: req() })) as {
    contentHash?: string
    audiences?: unknown[]
  }
  if (current.contentHash === hash) return 'unchanged'
  for (const locale of LOCALES as readonly Locale[]) {
    const mapped = siteSettingsData(site, locale)
    const stored = (await payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      locale: 'zh-CN',
      req: req(),
    })) as unknown as Record<string, unknown>
    const body =
      locale === 'zh-CN'
        ? { ...mapped, contentHash: hash }
        : withRowIds(mapped, stored, SHARED_ARRAYS['site-settings'])
    await payload.updateGlobal({ slug: 'site-settings', data: body as never, locale, req: req() })
  }
  return current.contentHash ? 'updated' : 'created'
}
