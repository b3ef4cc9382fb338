import path from 'node:path'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
} from 'payload'
import { meiliEnabled } from '../../search/meili/config'
import { DurableQueue, type Job } from '../../search/meili/queue'
import { dataDir } from '../paths'

/**
 * Keeps Meilisearch in step with publishing when MEILISEARCH_HOST is set: publish, unpublish and
 * delete queue a job in DATA_DIR/search-queue.json and return at once; the queue sends it, and
 * keeps it (and retries) while Meilisearch is down. A CMS save never waits for search.
 */
let queue: DurableQueue | undefined

export const searchQueueFile = () => path.join(dataDir(), 'search-queue.json')

async function process(payload: Payload, job: Job) {
  // loaded on first use: without MEILISEARCH_HOST the CMS never loads the search code
  const { isSearchable, recordsFromCms, synonymsFromCms } =
    await import('../../search/meili/fromCms')
  const { meiliClient, syncPage, updateSynonyms } = await import('../../search/meili/indexer')
  const client = meiliClient()
  if (job.collection === 'search-synonyms') {
    await updateSynonyms(client, await synonymsFromCms(payload))
    return
  }
  if (!isSearchable(job.collection)) return
  const { page, records } = await recordsFromCms(payload, job.collection, job.id)
  await syncPage(client, page ?? `${job.collection}/${job.slug}`, records)
}

export function searchQueue(payload: Payload): DurableQueue {
  queue ??= new DurableQueue(searchQueueFile(), (job) => process(payload, job), {
    baseDelayMs: Number(globalThis.process.env.MEILISEARCH_RETRY_MS ?? 2000),
    firstDelayMs: Number(globalThis.process.env.MEILISEARCH_FIRST_DELAY_MS ?? 1000),
    log: (s) => payload.logger.warn(s),
  })
  return queue
}

/** Admin start: send what an earlier run left queued. */
export function resumeSearchQueue(payload: Payload): void {
  if (meiliEnabled()) void searchQueue(payload).drain()
}

const seeding = (context: Record<string, unknown> | undefined) => Boolean(context?.seeding)

export const searchAfterChange: CollectionAfterChangeHook = ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  if (!meiliEnabled() || seeding(req.context)) return doc
  if (doc?._status === 'published' || previousDoc?._status === 'published')
    searchQueue(req.payload).add({ collection: collection.slug, id: doc.id, slug: doc.slug })
  return doc
}

export const searchAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (meiliEnabled() && !seeding(req.context))
    searchQueue(req.payload).add({ collection: collection.slug, id: doc.id, slug: doc.slug })
  return doc
}

export const synonymsAfterChange: GlobalAfterChangeHook = ({ doc, req }) => {
  if (meiliEnabled() && !seeding(req.context))
    searchQueue(req.payload).add({ collection: 'search-synonyms', id: 'global' })
  return doc
}
