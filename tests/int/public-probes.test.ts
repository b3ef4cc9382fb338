/**
 * What an anonymous caller can learn: not whether a draft id exists (the per-document
 * permissions endpoint answers 404 either way), not the seed's content hashes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFixture, startTestCms, type TestCms, fixturePlanId } from './helpers/payload'

let cms: TestCms
let draftId: number | string

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  const draft = await cms.payload.create({
    collection: 'programmes',
    data: {
      slug: 'secret-draft',
      name: '草稿',
      summary: '草稿',
      category: 'basic-living',
      whoCanApply: '测试',
      citations: [{ source: await fixturePlanId(cms.payload), location: '第一章' }],
      _status: 'draft',
    } as never,
  })
  draftId = draft.id
})
afterAll(async () => cms?.close())

const rest = async (method: 'GET' | 'POST', route: string, headers: HeadersInit = {}) => {
  const routes = await import('@payloadcms/next/routes')
  const handler = method === 'GET' ? routes.REST_GET(cms.config) : routes.REST_POST(cms.config)
  return handler(new Request(`http://localhost/api/${route}`, { method, headers }), {
    params: Promise.resolve({ slug: route.split('?')[0].split('/') }),
  })
}

describe('anonymous probes', () => {
  it('the permissions endpoint answers 404 for a draft and for a missing id alike', async () => {
    const draft = await rest('POST', `programmes/access/${draftId}`)
    const missing = await rest('POST', 'programmes/access/99999')
    expect(draft.status).toBe(404)
    expect(missing.status).toBe(404)
    expect(await draft.text()).toBe(await missing.text())
    expect((await rest('GET', `programmes/${draftId}`)).status).toBe(404)
  })

  it('staff still get their permissions', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'ed@probe.test', password: 'editor pass phrase', role: 'editor' } as never,
    })
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: 'ed@probe.test', password: 'editor pass phrase' },
    })
    const res = await rest('POST', `programmes/access/${draftId}`, {
      authorization: `JWT ${token}`,
    })
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('"update"')
    // the site's rebuild status (the edit view's note after a publish): staff only
    const status = await rest('GET', 'site-status', { authorization: `JWT ${token}` })
    expect(status.status).toBe(200)
    expect((await rest('GET', 'site-status')).status).toBe(404)
  })

  it('hides contentHash from public reads, keeps it for the server', async () => {
    const body = (await (await rest('GET', 'programmes')).json()) as { docs: object[] }
    expect(body.docs.length).toBeGreaterThan(0)
    for (const doc of body.docs) expect(doc).not.toHaveProperty('contentHash')
    const server = await cms.payload.find({
      collection: 'programmes',
      where: { slug: { equals: 'dibao' } },
    })
    expect(server.docs[0].contentHash).toMatch(/\w{16,}/)
  })
})
