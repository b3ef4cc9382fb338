import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

/**
 * Publishing asks for a static-site rebuild. SITE_REBUILD_URL is the local rebuild server in
 * the embedded mode (`npm start`) or a deploy-hook URL in production; unset, nothing happens.
 * The receiver debounces, so one call per change is fine. The seed importer sets
 * context.seeding and asks once, after its transaction commits.
 */
export function requestSiteRebuild(reason: string): void {
  const url = process.env.SITE_REBUILD_URL
  if (!url) return
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // the receiver's shared secret (npm start makes one per run; a deploy hook's token)
      ...(process.env.SITE_REBUILD_SECRET
        ? { authorization: `Bearer ${process.env.SITE_REBUILD_SECRET}` }
        : {}),
    },
    body: JSON.stringify({ reason }),
  }).catch((err: Error) => console.warn(`[rebuild] could not reach ${url}: ${err.message}`))
}

const seeding = (req: PayloadRequest) => Boolean(req.context?.seeding)

export const rebuildAfterChange: CollectionAfterChangeHook = ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  if (!seeding(req) && (doc?._status === 'published' || previousDoc?._status === 'published')) {
    requestSiteRebuild(`${collection.slug}/${doc.slug ?? doc.id}`)
  }
  return doc
}

/** For collections without drafts (media): every change is live. */
export const rebuildAfterAnyChange: CollectionAfterChangeHook = ({ doc, collection, req }) => {
  if (!seeding(req)) requestSiteRebuild(`${collection.slug}/${doc.filename ?? doc.id}`)
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (!seeding(req)) requestSiteRebuild(`${collection.slug}/${doc?.slug ?? doc?.id} deleted`)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (!seeding(req)) requestSiteRebuild(global.slug)
  return doc
}
