/**
 * Versions: the public "last updated" date comes from the published version only (a draft save
 * leaves the exported date alone), every save is a version the admin can compare, and a
 * publisher can restore an old version (the admin's Versions tab: diff and restore).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'
import { staffUser } from './helpers/users'

let cms: TestCms
let out: string
let editor: User
let publisher: User
let dibaoId: number

const exportedDibao = async () => {
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  await exportSiteData(cms.payload, out, () => {})
  const docs = JSON.parse(readFileSync(path.join(out, 'programmes.json'), 'utf8')) as {
    slug: string
    summary: Record<string, string>
    updatedAt: string
  }[]
  return docs.find((d) => d.slug === 'dibao')!
}

beforeAll(async () => {
  cms = await startTestCms()
  out = path.join(mkdtempSync(path.join(cms.dir, 'export-')), 'site-data')
  await seedFixture(cms.payload)
  editor = await staffUser(cms.payload, 'editor')
  publisher = await staffUser(cms.payload, 'publisher')
  dibaoId = (await bySlug(cms.payload, 'programmes', 'dibao')).id
})
afterAll(async () => cms?.close())

describe('versions and the public date', () => {
  it("saving a draft changes neither the public page's text nor its date", async () => {
    const before = await exportedDibao()
    await new Promise((r) => setTimeout(r, 1100))
    await cms.payload.update({
      collection: 'programmes',
      id: dibaoId,
      draft: true,
      data: { summary: '编辑的草稿' } as never,
      user: editor,
      overrideAccess: false,
    })
    const after = await exportedDibao()
    expect(after.summary['zh-CN']).toBe(before.summary['zh-CN'])
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('publishing moves the date; a publisher can restore the earlier version', async () => {
    const before = await exportedDibao()
    await cms.payload.update({
      collection: 'programmes',
      id: dibaoId,
      data: { summary: '发布的新简介', _status: 'published' } as never,
      user: publisher,
      overrideAccess: false,
      locale: 'zh-CN',
    })
    const published = await exportedDibao()
    expect(published.summary['zh-CN']).toBe('发布的新简介')
    expect(published.updatedAt > before.updatedAt).toBe(true)

    const versions = await cms.payload.findVersions({
      collection: 'programmes',
      where: { parent: { equals: dibaoId }, 'version._status': { equals: 'published' } },
      sort: 'createdAt',
      locale: 'zh-CN',
    })
    // the seed's version, then the new one: the admin lists and compares them
    expect(versions.docs.map((v) => v.version.summary)).toEqual(
      expect.arrayContaining(['低保简介。', '发布的新简介']),
    )
    const original = versions.docs.find((v) => v.version.summary === '低保简介。')!
    await cms.payload.restoreVersion({
      collection: 'programmes',
      id: original.id,
      user: publisher,
      overrideAccess: false,
    })
    expect((await exportedDibao()).summary['zh-CN']).toBe('低保简介。')
  })
})
