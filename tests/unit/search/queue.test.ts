import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { meiliClient, syncPage } from '../../../search/meili/indexer'
import { DurableQueue, type Job } from '../../../search/meili/queue'
import { toRecords } from '../../../search/records'
import { MeiliListener } from '../../helpers/meili-listener'
import { fixture } from './fixture'

const dir = mkdtempSync(path.join(tmpdir(), 'search-queue-'))
const file = path.join(dir, 'search-queue.json')
const meili = new MeiliListener()
const records = toRecords(fixture())
let env: Record<string, string>
beforeAll(async () => {
  await meili.start()
  env = { MEILISEARCH_HOST: meili.host, MEILISEARCH_ADMIN_KEY: 'k' }
})
afterAll(async () => {
  await meili.stop()
  rmSync(dir, { recursive: true, force: true })
})

const send = (job: Job) =>
  syncPage(
    meiliClient(env),
    `${job.collection}/${job.slug}`,
    records.filter((r) => r.page === `${job.collection}/${job.slug}`),
    env,
  )
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 20))
  return ok()
}

describe('the durable retry queue', () => {
  it('keeps a change through 503s and sends it when Meilisearch answers again', async () => {
    meili.failNext = 2
    const q = new DurableQueue(file, send, { baseDelayMs: 30, firstDelayMs: 0 })
    q.add({ collection: 'programmes', id: 1, slug: 'tekun' })
    expect(q.pending()).toHaveLength(1)
    expect(await until(() => q.pending().length === 0)).toBe(true)
    expect(meili.requests.filter((r) => r.method.includes('503'))).toHaveLength(2)
    const docs = meili.writes().filter((r) => r.path.endsWith('/documents?primaryKey=id'))
    expect(docs.length).toBeGreaterThan(0)
    q.stop()
  })

  it('survives a restart: a new queue on the same file sends what the old one could not', async () => {
    await meili.stop()
    const before = new DurableQueue(file, send, { baseDelayMs: 10_000, firstDelayMs: 0 })
    before.add({ collection: 'facilities', id: 2, slug: 'chikan-yiyangyuan' })
    before.add({ collection: 'facilities', id: 2, slug: 'chikan-yiyangyuan' }) // one job per doc
    await before.drain()
    before.stop()
    expect(before.pending()).toHaveLength(1)
    await meili.start(meili.port)
    meili.requests.length = 0
    const after = new DurableQueue(file, send, { firstDelayMs: 0 })
    await after.drain()
    expect(after.pending()).toEqual([])
    expect(meili.writes()[0].body).toEqual({ filter: 'page = "facilities/chikan-yiyangyuan"' })
  })
})
