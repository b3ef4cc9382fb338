/**
 * The export after a publish, without reading every collection again: the records the publish
 * names, and every exported record that shows one of them (a programme citing a policy, a
 * facility in a town), are read again and patched into the previous export; the rest is kept.
 * A full export (exportSiteData.ts) is still used whenever this cannot be sure: a global, media,
 * a deleted record, an unknown reason, or no previous export.
 */
import { existsSync, renameSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import {
  exportSort,
  PUBLIC_COLLECTIONS,
  readPublished,
  writeCollection,
  writeExportMeta,
  type PublicCollection,
} from './exportSiteData'
import { readSiteData, recordOfReason, type SiteData } from './exported'

type Doc = { id: string | number; slug: string } & Record<string, unknown>
/** Binary order, as the database sorts the slugs (ASCII) of the full export. */
const bySlug = (a: Doc, b: Doc) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)

/**
 * Patch the export in `dir` for the publishes in `reasons`. Returns the records read again
 * (`collection/slug`), or undefined when a full export is needed instead (nothing written).
 * `previous`: the export as already read by the caller (left unchanged), to save reading it again.
 */
export async function exportChanges(
  payload: Payload,
  dir: string,
  reasons: string[],
  log: (s: string) => void = console.log,
  previous: SiteData = readSiteData(dir),
): Promise<string[] | undefined> {
  const named = reasons.map(recordOfReason)
  if (named.length === 0 || named.some((n) => !n) || !existsSync(path.join(dir, 'meta.json')))
    return undefined
  const data = new Map<PublicCollection, Doc[]>()
  for (const c of PUBLIC_COLLECTIONS) {
    const docs = previous[c] as Doc[] | undefined
    if (!docs) return undefined
    data.set(c, docs)
  }
  // which records to read again: the named ones (by slug, and by id when their slug changed)…
  const again = new Map<PublicCollection, Set<string | number>>()
  const quoted = new Set<string>()
  const add = (c: PublicCollection, id: string | number) =>
    again.set(c, (again.get(c) ?? new Set()).add(id))
  for (const { collection, slug } of named as { collection: PublicCollection; slug: string }[]) {
    const fresh = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: false,
      depth: 0,
      limit: 1,
      overrideAccess: false,
      select: { slug: true } as never,
    })
    const id =
      (fresh.docs[0] as { id?: string | number } | undefined)?.id ??
      data.get(collection)!.find((d) => d.slug === slug)?.id
    // neither published now nor in the export: nothing of it is on the site
    if (id === undefined) continue
    add(collection, id)
    quoted.add(`"${slug}"`)
    const old = data.get(collection)!.find((d) => d.id === id)
    if (old) quoted.add(`"${old.slug}"`)
  }
  // …and every record whose exported JSON names one of them (a populated link carries its slug)
  for (const [c, docs] of data)
    for (const doc of docs) {
      const json = JSON.stringify(doc)
      for (const q of quoted) if (json.includes(q)) add(c, doc.id)
    }
  const touched: string[] = []
  const counts: Record<string, number> = {}
  for (const c of PUBLIC_COLLECTIONS) {
    let docs = data.get(c)!
    const ids = again.get(c)
    if (ids) {
      const fresh = await readPublished(payload, c, [...ids])
      const byId = new Map(fresh.map((d) => [d.id, d as Doc]))
      // a record that is no longer published leaves; one newly published joins
      docs = docs.filter((d) => !ids.has(d.id) || byId.has(d.id))
      docs = docs.map((d) => byId.get(d.id) ?? d)
      for (const d of fresh) if (!docs.some((x) => x.id === d.id)) docs.push(d as Doc)
      // the full export's order: by slug, or (towns, indicators) by their order field
      if (exportSort(c) === 'slug') docs.sort(bySlug)
      else docs = (await readPublished(payload, c)) as Doc[]
      // a reader (a build) sees the old file or the new one, never half of one
      const tmp = path.join(dir, `.${c}.json.tmp-${process.pid}`)
      writeCollection(dir, c, docs, tmp)
      renameSync(tmp, path.join(dir, `${c}.json`))
      touched.push(...fresh.map((d) => `${c}/${String(d.slug)}`))
      log(`[export] ${c}: ${ids.size} record(s) read again`)
    }
    counts[c] = docs.length
  }
  writeExportMeta(dir, counts)
  return touched
}
