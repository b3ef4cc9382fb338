import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let hook: Server
const calls: { reason: string }[] = []

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c))
    req.on('end', () => {
      calls.push(JSON.parse(body))
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r))
  cms = await startTestCms()
  await seedFixture(cms.payload)
  const addr = hook.address()
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/rebuild`
})
afterAll(async () => {
  delete process.env.SITE_REBUILD_URL
  hook?.close()
  await cms?.close()
})

const waitForCalls = async (n: number) => {
  for (let i = 0; i < 50 && calls.length < n; i++) await new Promise((r) => setTimeout(r, 50))
}

describe('publishing asks for a site rebuild', () => {
  it('calls the rebuild hook when a document is published, naming it', async () => {
    calls.length = 0
    const town = (await cms.payload.find({ collection: 'towns' })).docs[0]
    await cms.payload.update({
      collection: 'towns',
      id: town.id,
      data: { pinyin: 'Chángshā Jiēdào', _status: 'published' } as never,
    })
    await waitForCalls(1)
    expect(calls).toEqual([{ reason: 'towns/changsha' }])
  })

  it('does not call it for a draft of a never-published document', async () => {
    calls.length = 0
    await cms.payload.create({
      collection: 'towns',
      draft: true,
      data: {
        slug: 'yueshan',
        name: '月山镇',
        kind: 'town',
        pinyin: 'Yuèshān',
        order: 3,
        _status: 'draft',
      } as never,
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(calls).toEqual([])
  })

  it('calls it when site settings change', async () => {
    calls.length = 0
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { intro: '新的介绍' } as never })
    await waitForCalls(1)
    expect(calls).toEqual([{ reason: 'site-settings' }])
  })
})
