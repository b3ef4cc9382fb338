/**
 * Hostile rich text through CMS → export: refused on save (published or draft, Local API or
 * REST), and — should hostile JSON reach the database some other way — exported without
 * anything that could run. The built page is checked in tests/e2e/hostile-content.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as hostile from '../fixtures/hostile/richText'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let publisher: Record<string, unknown>
let policyId: number | string

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  publisher = (await cms.payload.create({
    collection: 'users',
    data: {
      email: 'pub@test.localhost',
      password: 'Publisher-test-9pass',
      role: 'publisher',
    } as never,
  })) as never
  policyId = (await bySlug(cms.payload, 'policies', 'test-plan')).id
})
afterAll(async () => cms?.close())

const refused = expect.objectContaining({
  path: 'body',
  message: expect.stringMatching(/网站不允许/),
})

const save = (body: unknown, draft: boolean) =>
  cms.payload.update({
    collection: 'policies',
    id: policyId,
    user: publisher as never,
    overrideAccess: false,
    draft,
    locale: 'zh-CN',
    data: { body, _status: draft ? 'draft' : 'published' } as never,
  })

describe('the CMS refuses rich text the site does not render', () => {
  it.each([
    ['a table cell whose headerState carries an event handler', hostile.tableWithHandler],
    ['a javascript: link', hostile.javascriptLink],
    ['inline styles', hostile.styledText],
    ['an unknown attribute', hostile.unknownNode],
  ])('%s, published or as a draft', async (_, body) => {
    for (const draft of [false, true])
      await expect(save(body, draft)).rejects.toMatchObject({ data: { errors: [refused] } })
  })

  it('through REST too, with a 400 naming the field', async () => {
    const { REST_PATCH } = await import('@payloadcms/next/routes')
    const login = await cms.payload.login({
      collection: 'users',
      data: { email: 'pub@test.localhost', password: 'Publisher-test-9pass' },
    })
    const res = await REST_PATCH(cms.config)(
      new Request(`http://localhost/api/policies/${policyId}?draft=true`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
        body: JSON.stringify({ body: hostile.tableWithHandler }),
      }),
      { params: Promise.resolve({ slug: ['policies', String(policyId)] }) },
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/网站不允许.*node type \\"table\\"/)
  })

  it('keeps ordinary formatting and links', async () => {
    await expect(save(hostile.ordinary, false)).resolves.toBeTruthy()
  })
})

describe('the export is a second wall', () => {
  it('writes no executable markup even when hostile JSON is already in the database', async () => {
    // as if written around the CMS (a restored backup, a database console)
    await cms.payload.db.updateOne({
      collection: 'policies',
      id: policyId,
      data: { body: { 'zh-CN': hostile.tableWithHandler }, _status: 'published' },
      req: {} as never,
    })
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kaiping-hostile-')), 'site-data')
    const { exportSiteData } = await import('../../cms/export/exportSiteData')
    await exportSiteData(cms.payload, out, () => {})
    const [policy] = JSON.parse(readFileSync(path.join(out, 'policies.json'), 'utf8')) as {
      body: Record<string, string>
    }[]
    expect(policy.body['zh-CN']).toContain('x')
    expect(policy.body['zh-CN']).not.toMatch(/onmouseover|<t[dhr]\b|<table/)
  })
})
