/**
 * The importer and the people editing in the CMS: removing a fact from content/ removes it,
 * an editor's unpublished draft is never published by an import, and links survive a
 * re-created record.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../content/schema/load'
import { bySlug, FIXTURE_CONTENT, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let dir: string
beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  dir = mkdtempSync(path.join(tmpdir(), 'kaiping-content-'))
  cpSync(FIXTURE_CONTENT, dir, { recursive: true })
})
afterAll(async () => cms?.close())

const importer = async (force = false) => {
  const { importContent } = await import('../../cms/seed/importContent')
  const lines: string[] = []
  const stats = await importContent(cms.payload, loadContent(dir), (l) => lines.push(l), { force })
  return { stats, lines }
}
const edit = (file: string, fn: (s: string) => string) => {
  const f = path.join(dir, file)
  writeFileSync(f, fn(readFileSync(f, 'utf8')))
}
/** What an anonymous visitor gets (no fallback, so a missing translation shows as missing). */
const publicDoc = async (collection: 'programmes' | 'facilities', slug: string, locale = 'zh-CN') =>
  (
    await cms.payload.find({
      collection,
      overrideAccess: false,
      locale: locale as 'en',
      fallbackLocale: false,
      where: { slug: { equals: slug } },
    })
  ).docs[0] as unknown as Record<string, unknown> & {
    id: number
    starRating?: { stars?: number | null }
    where?: string | null
    documents?: unknown[]
    whoCanApply?: string | null
    summary?: string
  }

describe('content/ and the CMS', () => {
  it('removes from the site a fact or a translation removed from content/', async () => {
    // the key and its (possibly wrapped) value, up to the next top-level key
    edit('facilities/fuliyuan.yaml', (s) => s.replace(/^starRating:.*\n(?:[ \t]+.*\n)*/m, ''))
    edit('programmes/dibao.yaml', (s) =>
      s
        .replace(/^where:.*\n/m, '')
        .replace('{ zh-CN: 居民身份证, en: ID card }', '{ zh-CN: 居民身份证 }'),
    )
    const { stats } = await importer()
    expect(stats).toMatchObject({ updated: 2, skipped: 0 })
    expect((await publicDoc('facilities', 'fuliyuan')).starRating?.stars ?? null).toBeNull()
    expect((await publicDoc('programmes', 'dibao')).where ?? null).toBeNull()
    expect((await publicDoc('programmes', 'dibao', 'en')).documents ?? []).toEqual([])
  })

  it('never publishes an editor’s pending draft; --force overwrites it with content/', async () => {
    const dibao = await publicDoc('programmes', 'dibao')
    await cms.payload.update({
      collection: 'programmes',
      id: dibao.id,
      locale: 'en',
      draft: true,
      data: { whoCanApply: 'UNREVIEWED EDITOR DRAFT', _status: 'draft' } as never,
    })
    edit('programmes/dibao.yaml', (s) => s.replace('低保简介。', '低保简介（修订）。'))

    const { stats, lines } = await importer()
    expect(stats).toMatchObject({ updated: 0, skipped: 1 })
    expect(lines.join('\n')).toMatch(/dibao\.yaml not imported: .*unpublished draft/)
    expect((await publicDoc('programmes', 'dibao', 'en')).whoCanApply ?? null).toBeNull()
    expect((await publicDoc('programmes', 'dibao')).summary).toBe('低保简介。')

    const forced = await importer(true)
    expect(forced.stats).toMatchObject({ updated: 1, skipped: 0 })
    expect((await publicDoc('programmes', 'dibao')).summary).toBe('低保简介（修订）。')
    expect((await publicDoc('programmes', 'dibao', 'en')).whoCanApply ?? null).toBeNull()
  })

  it('links a programme again to a policy that was deleted in the CMS and re-created by the seed', async () => {
    const plan = await bySlug(cms.payload, 'policies', 'test-plan')
    await cms.payload.delete({ collection: 'policies', id: plan.id })
    const { lines } = await importer()
    expect(lines).toContain('[seed] programmes 1/1 dibao: updated')
    const dibao = (
      await cms.payload.find({
        collection: 'programmes',
        overrideAccess: false,
        depth: 1,
        where: { slug: { equals: 'dibao' } },
      })
    ).docs[0]
    expect((dibao.relatedPolicies ?? []).map((p) => (typeof p === 'object' ? p.slug : p))).toEqual([
      'test-plan',
    ])
  })
})
