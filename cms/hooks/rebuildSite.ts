import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

/**
 * Publishing asks for a static-site rebuild. SITE_REBUILD_URL is the local rebuild server in
 * the embedded mode (`npm start`) or a deploy-hook URL in production; unset, nothing happens.
 * The receiver debounces, so one call per change is fine.
 */
export function requestSiteRebuild(reason: string): void {
  const url = process.env.SITE_REBUILD_URL
  if (!url) return
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reason }) })
    .catch((err: Error) => console.warn(`[rebuild] could not reach ${url}: ${err.message}`))
}

export const rebuildAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, collection }) => {
  if (doc?._status === 'published' || previousDoc?._status === 'published') {
    requestSiteRebuild(`${collection.slug}/${doc.slug ?? doc.id}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection }) => {
  requestSiteRebuild(`${collection.slug}/${doc?.slug ?? doc?.id} deleted`)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global }) => {
  requestSiteRebuild(global.slug)
  return doc
}
