/** How the importer keeps links between records right: import order and lost links. */
import type { ContentType } from '../../content/schema/records'
import type { Refs } from './toPayload'

export type StoredDoc = {
  id: number | string
  contentHash?: string
  _status?: string
  relatedPolicies?: unknown[]
  town?: unknown
}

/**
 * A link can be lost without the record changing: deleting a policy or town in the CMS
 * removes the links to it, and a re-created one may even get the same id back.
 */
export function linksIntact(
  type: ContentType,
  doc: StoredDoc,
  data: Record<string, unknown>,
  refs: Refs,
): boolean {
  const id = (v: unknown) => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v)
  if (type === 'programmes') {
    const want = ((data.relatedPolicies as string[]) ?? []).map((s) => String(refs.policies.get(s)))
    return JSON.stringify((doc.relatedPolicies ?? []).map(id)) === JSON.stringify(want)
  }
  if (type === 'facilities' || type === 'place-stories') {
    const want = data.town ? String(refs.towns.get(data.town as string)) : 'null'
    return id(doc.town ?? null) === want
  }
  return true
}

/** The ids of the other policies a policy cites (its own id stays the same while it exists). */
export function citedIds(data: { slug: string; citations: { source: string }[] }, refs: Refs) {
  return data.citations
    .map((c) => c.source)
    .filter((s) => s !== data.slug)
    .map((s) => refs.policies.get(s) ?? null)
}

/** Policies that other policies cite are imported first, so a citation can point to them. */
export function citedFirst<T extends { data: { slug: string; citations: { source: string }[] } }>(
  records: T[],
): T[] {
  const cited = new Set(
    records.flatMap((r) => r.data.citations.map((c) => c.source).filter((s) => s !== r.data.slug)),
  )
  return [
    ...records.filter((r) => cited.has(r.data.slug)),
    ...records.filter((r) => !cited.has(r.data.slug)),
  ]
}
