/**
 * After a publish, the rebuild reads again only what the publish touched and patches the
 * previous export (cms/export/incremental.ts). Whatever the change, the result must be the very
 * files a full export writes: otherwise the site would show stale or missing records.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_TYPES } from '../../content/schema/records'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let work: string
const patched = () => path.join(work, 'patched')

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  work = mkdtempSync(path.join(tmpdir(), 'kaiping-incremental-'))
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  await exportSiteData(cms.payload, patched(), () => {})
})
afterAll(async () => {
  await cms?.close()
  rmSync(work, { recursive: true, force: true })
})

const files = (dir: string) =>
  Object.fromEntries(
    CONTENT_TYPES.map((c) => [c, readFileSync(path.join(dir, `${c}.json`), 'utf8')]),
  )

/** Patch the export for `reasons`, export everything afresh, and compare the two. */
async function patchAndCompare(reasons: string[]) {
  const { exportChanges } = await import('../../cms/export/incremental')
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  const read = await exportChanges(cms.payload, patched(), reasons, () => {})
  const full = path.join(work, `full-${Date.now()}`)
  await exportSiteData(cms.payload, full, () => {})
  expect(files(patched())).toEqual(files(full))
  const meta = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'))
  expect(meta(patched()).counts).toEqual(meta(full).counts)
  return read
}

type Named = 'programmes' | 'policies' | 'towns'
const one = (collection: Named, slug: string) =>
  bySlug(cms.payload, collection, slug, { draft: true, depth: 0 })

/** Save a change to the record `slug` (its zh-CN text), published unless `_status` says so. */
async function save(collection: Named, slug: string, data: Record<string, unknown>) {
  const { id } = await one(collection, slug)
  await cms.payload.update({
    collection,
    id,
    locale: 'zh-CN',
    data: { _status: 'published', ...data } as never,
  })
}

describe('the export after a publish reads only what changed', () => {
  it('a changed programme: only it is read again, and the files equal a full export', async () => {
    await save('programmes', 'dibao', { name: '最低生活保障（改）' })
    expect(await patchAndCompare(['programmes/dibao'])).toEqual(['programmes/dibao'])
    expect(readFileSync(path.join(patched(), 'programmes.json'), 'utf8')).toContain('（改）')
  })

  it('a changed policy: the records that cite it are read again too', async () => {
    await save('policies', 'test-plan', { title: '测试规划（修订）' })
    const read = await patchAndCompare(['policies/test-plan'])
    expect(read).toEqual(expect.arrayContaining(['policies/test-plan', 'programmes/dibao']))
  })

  it('a changed town: the facilities and stories that show it follow', async () => {
    await save('towns', 'changsha', { pinyin: 'Chángshā Jiēdào（测试）' })
    await patchAndCompare(['towns/changsha'])
  })

  it('a new slug: the record under its old slug is replaced, not kept beside it', async () => {
    await save('programmes', 'dibao', { slug: 'zuidi-shenghuo-baozhang' })
    await patchAndCompare(['programmes/zuidi-shenghuo-baozhang'])
    expect(readFileSync(path.join(patched(), 'programmes.json'), 'utf8')).not.toContain(
      '"slug": "dibao"',
    )
  })

  it('an unpublished record leaves the export; published again, it comes back', async () => {
    await save('programmes', 'zuidi-shenghuo-baozhang', { _status: 'draft' })
    await patchAndCompare(['programmes/zuidi-shenghuo-baozhang'])
    expect(JSON.parse(readFileSync(path.join(patched(), 'programmes.json'), 'utf8'))).toEqual([])
    await save('programmes', 'zuidi-shenghuo-baozhang', {})
    await patchAndCompare(['programmes/zuidi-shenghuo-baozhang'])
  })

  it('a newly published record takes its place in the list order', async () => {
    const src = await one('programmes', 'zuidi-shenghuo-baozhang')
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...data
    } = (await cms.payload.findByID({
      collection: 'programmes',
      id: src.id,
      depth: 0,
      locale: 'zh-CN',
    })) as unknown as Record<string, unknown>
    // a copy without the ids of its rows (amounts, steps…), which are the original's
    const rows = JSON.parse(JSON.stringify(data), (k, v) => (k === 'id' ? undefined : v))
    await cms.payload.create({
      collection: 'programmes',
      locale: 'zh-CN',
      data: { ...rows, slug: 'a-first-programme', _status: 'published' } as never,
    })
    await patchAndCompare(['programmes/a-first-programme'])
    const slugs = JSON.parse(readFileSync(path.join(patched(), 'programmes.json'), 'utf8')).map(
      (p: { slug: string }) => p.slug,
    )
    expect(slugs).toEqual(['a-first-programme', 'zuidi-shenghuo-baozhang'])
  })

  it('a global, media, a deletion or an unknown reason asks for the full export', async () => {
    const { exportChanges } = await import('../../cms/export/incremental')
    const before = files(patched())
    for (const reason of ['site-settings', 'media/a.png', 'programmes/dibao deleted', 'x'])
      expect(await exportChanges(cms.payload, patched(), [reason], () => {})).toBeUndefined()
    expect(
      await exportChanges(cms.payload, path.join(work, 'none'), ['programmes/dibao'], () => {}),
    ).toBeUndefined()
    expect(files(patched())).toEqual(before)
  })
})
