/**
 * One CMS document as the public sees it → its search records, through the same mapping as the
 * full export (search/records.ts). Used by the CMS hooks' queue.
 */
import type { Payload } from 'payload'
import { SITE_READ, toSiteDoc, type PublicCollection } from '../../cms/export/exportSiteData'
import { toRecords } from '../records'
import type { SiteData } from '../source'
import type { SynonymPair } from '../synonyms'
import type { SearchRecord } from '../types'

const KEY: Partial<Record<PublicCollection, keyof SiteData>> = {
  programmes: 'programmes',
  facilities: 'facilities',
  policies: 'policies',
  'charity-projects': 'charity',
  'place-stories': 'places',
  indicators: 'indicators',
}
export const isSearchable = (collection: string): collection is PublicCollection =>
  collection in KEY

export async function synonymsFromCms(payload: Payload): Promise<SynonymPair[]> {
  const g = await payload.findGlobal({ slug: 'search-synonyms', depth: 0, overrideAccess: false })
  return (g.pairs ?? []).map(({ colloquial, official }) => ({ colloquial, official }))
}

/** The published document's records in every locale; [] when the public cannot read it. */
export async function recordsFromCms(
  payload: Payload,
  collection: PublicCollection,
  id: string | number,
): Promise<{ page?: string; records: SearchRecord[] }> {
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    ...SITE_READ,
    limit: 1,
    draft: false,
  })
  const doc = found.docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return { records: [] }
  const data: SiteData = {
    programmes: [],
    facilities: [],
    policies: [],
    charity: [],
    places: [],
    indicators: [],
    settings: { intro: {} },
    synonyms: await synonymsFromCms(payload),
  }
  // the export's own mapping: rich text as HTML, citations by slug, the `withdrawn` flag
  ;(data[KEY[collection]!] as unknown[]).push(toSiteDoc(collection, doc))
  return { page: `${collection}/${String(doc.slug)}`, records: toRecords(data) }
}
