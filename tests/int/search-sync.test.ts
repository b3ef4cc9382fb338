/** CMS publish / unpublish / delete → Meilisearch requests, through the durable queue. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MeiliListener } from '../helpers/meili-listener'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'

const meili = new MeiliListener()
let cms: TestCms
let id: number | string

beforeAll(async () => {
  await meili.start()
  process.env.MEILISEARCH_HOST = meili.host
  process.env.MEILISEARCH_ADMIN_KEY = 'admin-secret'
  process.env.MEILISEARCH_FIRST_DELAY_MS = '0'
  process.env.MEILISEARCH_RETRY_MS = '100'
  cms = await startTestCms()
  await seedFixture(cms.payload) // seeding queues nothing: npm run search:index does the bulk
  id = (await cms.payload.find({ collection: 'programmes', where: { slug: { equals: 'dibao' } } }))
    .docs[0].id
})
afterAll(async () => {
  for (const k of [
    'MEILISEARCH_HOST',
    'MEILISEARCH_ADMIN_KEY',
    'MEILISEARCH_FIRST_DELAY_MS',
    'MEILISEARCH_RETRY_MS',
  ])
    delete process.env[k]
  await meili.stop()
  await cms?.close()
})

const queueFile = () => path.join(cms.dir, 'search-queue.json')
const queued = () =>
  existsSync(queueFile()) ? (JSON.parse(readFileSync(queueFile(), 'utf8')) as unknown[]) : []
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 20))
  return ok()
}
const docsPosted = () =>
  meili.writes().filter((r) => r.method === 'POST' && r.path.includes('/documents?'))

describe('CMS changes reach Meilisearch', () => {
  it('publishing upserts the page’s records in every locale', async () => {
    expect(meili.writes()).toEqual([])
    await cms.payload.update({
      collection: 'programmes',
      id,
      data: { name: '最低生活保障（低保）新', _status: 'published' } as never,
    })
    expect(await until(() => docsPosted().length === 3)).toBe(true)
    const zh = docsPosted()[0].body as { title: string; url: string }[]
    expect(zh[0]).toMatchObject({ title: '最低生活保障（低保）新', url: '/programmes/dibao/' })
    expect(meili.writes()[0].body).toEqual({ filter: 'page = "programmes/dibao"' })
  })

  it('unpublishing deletes them', async () => {
    meili.requests.length = 0
    await cms.payload.update({
      collection: 'programmes',
      id,
      data: { _status: 'draft' } as never,
    })
    expect(await until(() => meili.writes().length === 3)).toBe(true)
    expect(meili.writes().every((r) => r.path.endsWith('/documents/delete'))).toBe(true)
    expect(docsPosted()).toEqual([])
  })

  it('a save succeeds at once while Meilisearch is down; the change is queued and sent later', async () => {
    await meili.stop()
    const t0 = Date.now()
    await cms.payload.update({
      collection: 'programmes',
      id,
      data: { _status: 'published' } as never,
    })
    expect(Date.now() - t0).toBeLessThan(3000)
    expect(await until(() => queued().length === 1)).toBe(true)
    meili.requests.length = 0
    await meili.start(meili.port)
    expect(await until(() => queued().length === 0)).toBe(true)
    expect(docsPosted()).toHaveLength(3)
  })

  it('withdrawing takes the page out of search (its page stays), lifting it puts it back', async () => {
    meili.requests.length = 0
    await cms.payload.update({
      collection: 'programmes',
      id,
      data: {
        withdrawal: 'discontinued',
        withdrawnOn: '2026-01-01',
        withdrawalReason: '并入新项目',
      } as never,
    })
    expect(await until(() => meili.writes().length >= 3)).toBe(true)
    await new Promise((r) => setTimeout(r, 200))
    expect(meili.writes()[0].body).toEqual({ filter: 'page = "programmes/dibao"' })
    expect(docsPosted()).toEqual([])
    meili.requests.length = 0
    await cms.payload.update({ collection: 'programmes', id, data: { withdrawal: null } as never })
    expect(await until(() => docsPosted().length === 3)).toBe(true)
  })

  it('deleting removes the records', async () => {
    meili.requests.length = 0
    await cms.payload.delete({ collection: 'programmes', id })
    expect(await until(() => meili.writes().length === 3)).toBe(true)
    expect(meili.writes()[0].body).toEqual({ filter: 'page = "programmes/dibao"' })
    expect(docsPosted()).toEqual([])
  })
})
