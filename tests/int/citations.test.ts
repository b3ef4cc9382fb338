/**
 * A citation's source is picked from the policies (a relationship), not typed: the seed turns
 * content/'s slug into the policy, a policy may cite itself, the CMS refuses a source that is
 * not a policy, and the export gives the site the slug back.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../content/schema/load'
import {
  bySlug as findBySlug,
  FIXTURE_CONTENT,
  startTestCms,
  type TestCms,
} from './helpers/payload'

let cms: TestCms
const work = mkdtempSync(path.join(tmpdir(), 'kaiping-citations-'))
const content = path.join(work, 'content')

beforeAll(async () => {
  cms = await startTestCms()
  cpSync(FIXTURE_CONTENT, content, { recursive: true })
  // the plan cites its own chapter, as the real five-year plan does
  const plan = path.join(content, 'policies', 'test-plan.yaml')
  writeFileSync(
    plan,
    `${readFileSync(plan, 'utf8')}citations: [{ source: test-plan, location: 第一章 }]\n`,
  )
  const { importContent } = await import('../../cms/seed/importContent')
  await importContent(cms.payload, loadContent(content), () => {})
})
afterAll(async () => cms?.close())

const bySlug = <C extends 'policies' | 'programmes'>(collection: C, slug: string) =>
  findBySlug(cms.payload, collection, slug, { depth: 0 })

describe('citations point to policies', () => {
  it('stores the cited policy, not its slug, also when a policy cites itself', async () => {
    const plan = await bySlug('policies', 'test-plan')
    const dibao = await bySlug('programmes', 'dibao')
    expect(dibao.citations?.[0].source).toBe(plan.id)
    expect(dibao.amounts?.[0].citation.source).toBe(plan.id)
    expect(plan.citations?.[0].source).toBe(plan.id)
  })

  it('a second import of the same content changes nothing', async () => {
    const { importContent } = await import('../../cms/seed/importContent')
    const stats = await importContent(cms.payload, loadContent(content), () => {})
    expect(stats.created + stats.updated).toBe(0)
  })

  it('refuses a source that is not a policy', async () => {
    const dibao = await bySlug('programmes', 'dibao')
    await expect(
      cms.payload.update({
        collection: 'programmes',
        id: dibao.id,
        data: { citations: [{ source: 999_999, location: '第一章' }] } as never,
      }),
    ).rejects.toThrow()
  })

  it('the export names the source by slug again, for the site', async () => {
    const { exportSiteData } = await import('../../cms/export/exportSiteData')
    const out = path.join(work, 'site-data')
    await exportSiteData(cms.payload, out, () => {})
    const [dibao] = JSON.parse(readFileSync(path.join(out, 'programmes.json'), 'utf8'))
    expect(dibao.citations[0]).toMatchObject({ source: 'test-plan', location: '第一章' })
    expect(dibao.amounts[0].citation.source).toBe('test-plan')
    const [plan] = JSON.parse(readFileSync(path.join(out, 'policies.json'), 'utf8'))
    expect(plan.citations[0].source).toBe('test-plan')
  })
})

describe('a policy named by another document', () => {
  it('the API gives what a link needs, not the policy’s full text once per citation', async () => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const res = await REST_GET(cms.config)(new Request('http://localhost/api/programmes'), {
      params: Promise.resolve({ slug: ['programmes'] }),
    })
    expect(res.status).toBe(200)
    const { docs } = (await res.json()) as { docs: { citations: { source: unknown }[] }[] }
    const source = docs[0].citations[0].source as Record<string, unknown>
    expect(source).toMatchObject({ slug: 'test-plan', title: expect.any(String) })
    expect(source).not.toHaveProperty('body')
    expect(source).not.toHaveProperty('summary')
  })
})
