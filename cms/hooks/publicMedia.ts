import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

/**
 * A file reaches the public (the API, its URL, the site export) only while a published record
 * uses it: an image attached to a draft stays private until that draft is published. Each
 * media document carries a `public` flag, recomputed here whenever a record is published,
 * unpublished or deleted; anonymous reads of media filter on it.
 */
export async function refreshPublicMedia(req: PayloadRequest): Promise<void> {
  const { payload } = req
  const used = new Set<string | number>()
  for (const { config } of Object.values(payload.collections)) {
    if (config.slug === 'media' || !config.versions?.drafts) continue
    const fields = config.fields
      .filter(
        (f) =>
          (f.type === 'upload' || f.type === 'relationship') &&
          'name' in f &&
          f.relationTo === 'media',
      )
      .map((f) => (f as { name: string }).name)
    if (fields.length === 0) continue
    const { docs } = await payload.find({
      collection: config.slug as 'policies',
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: Object.fromEntries(fields.map((f) => [f, true])),
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[])
      for (const f of fields)
        for (const v of [doc[f]].flat())
          if (v !== null && v !== undefined)
            used.add(typeof v === 'object' ? (v as { id: string | number }).id : (v as number))
  }
  const ids = [...used]
  const set = (value: boolean, where: object) =>
    payload.update({
      collection: 'media',
      where: { and: [{ public: { equals: !value } }, where] } as never,
      data: { public: value } as never,
      overrideAccess: true,
      context: { mediaRefresh: true },
      req,
    })
  await set(false, ids.length ? { id: { not_in: ids } } : { id: { exists: true } })
  if (ids.length) await set(true, { id: { in: ids } })
}

const published = (d: unknown) => (d as { _status?: string } | undefined)?._status === 'published'

export const refreshMediaAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!req.context?.seeding && (published(doc) || published(previousDoc)))
    await refreshPublicMedia(req)
  return doc
}

export const refreshMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.seeding && published(doc)) await refreshPublicMedia(req)
  return doc
}
