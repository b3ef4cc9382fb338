/**
 * Withdraw versus remove, from content/ through the CMS to the export the site builds from:
 * a withdrawn policy or programme stays published with its notice data and a `withdrawn` flag
 * (lists and search leave it out), linked to what replaced it; a deleted or unpublished record
 * is simply not exported.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bySlug, FIXTURE_CONTENT, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let out: string
type Exported = {
  slug: string
  withdrawn?: boolean
  withdrawal?: string | null
  withdrawnOn?: string | null
  withdrawalReason?: Record<string, string> | null
  replacedBy?: { slug: string } | null
}

const exported = (name: string) =>
  JSON.parse(readFileSync(path.join(out, `${name}.json`), 'utf8')) as Exported[]

async function exportNow() {
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  await exportSiteData(cms.payload, out, () => {})
}

beforeAll(async () => {
  cms = await startTestCms()
  out = path.join(mkdtempSync(path.join(cms.dir, 'export-')), 'site-data')
  const { loadContent } = await import('../../content/schema/load')
  const { importContent } = await import('../../cms/seed/importContent')
  const content = loadContent(FIXTURE_CONTENT)
  const plan = content.policies[0]
  // the fixture plan, repealed and replaced by a newer one (imported after it)
  content.policies.push({
    file: 'policies/new-plan.yaml',
    data: {
      ...plan.data,
      slug: 'new-plan',
      title: { 'zh-CN': '新的测试规划' },
      sourceFile: undefined,
      body: undefined,
      citations: [],
    },
  })
  plan.data.withdrawal = {
    kind: 'repealed',
    date: '2026-01-01',
    reason: { 'zh-CN': '被新规划取代。', en: 'Replaced by the new plan.' },
    replacedBy: 'new-plan',
  }
  await importContent(cms.payload, content, () => {})
  await exportNow()
})
afterAll(async () => cms?.close())

describe('withdraw versus remove', () => {
  it('a withdrawn policy is still exported, flagged, with date, reason and its replacement', () => {
    const byslug = new Map(exported('policies').map((p) => [p.slug, p]))
    expect(byslug.get('test-plan')).toMatchObject({
      withdrawn: true,
      withdrawal: 'repealed',
      withdrawnOn: '2026-01-01',
      withdrawalReason: { 'zh-CN': '被新规划取代。', en: 'Replaced by the new plan.' },
      replacedBy: { slug: 'new-plan' },
    })
    expect(byslug.get('new-plan')).toMatchObject({ withdrawn: false, replacedBy: null })
  })

  it('the CMS refuses a withdrawal without its date and reason', async () => {
    const dibao = await bySlug(cms.payload, 'programmes', 'dibao')
    await expect(
      cms.payload.update({
        collection: 'programmes',
        id: dibao.id,
        data: { withdrawal: 'discontinued', _status: 'published' } as never,
      }),
    ).rejects.toThrow(/撤回日期.*撤回原因/)
  })

  it('a withdrawn programme is flagged; an unpublished or deleted record disappears', async () => {
    const dibao = await bySlug(cms.payload, 'programmes', 'dibao')
    await cms.payload.update({
      collection: 'programmes',
      id: dibao.id,
      data: {
        withdrawal: 'discontinued',
        withdrawnOn: '2026-03',
        withdrawalReason: '停止受理',
        _status: 'published',
      } as never,
    })
    const newPlan = await bySlug(cms.payload, 'policies', 'new-plan')
    await cms.payload.update({
      collection: 'policies',
      id: newPlan.id,
      data: { _status: 'draft' } as never,
    })
    const town = (await cms.payload.find({ collection: 'towns' })).docs[0]
    await cms.payload.delete({ collection: 'towns', id: town.id })
    await exportNow()
    expect(exported('programmes')).toEqual([
      expect.objectContaining({ slug: 'dibao', withdrawn: true, withdrawal: 'discontinued' }),
    ])
    expect(exported('policies').map((p) => p.slug)).toEqual(['test-plan'])
    // the replacement is no longer public: the link is not exported either
    expect(exported('policies')[0].replacedBy ?? null).not.toMatchObject({ slug: 'new-plan' })
    expect(exported('towns')).toEqual([])
  })

  it('the seed schema refuses a replacement that does not exist', async () => {
    const { loadContent, crossCheck } = await import('../../content/schema/load')
    const content = loadContent(FIXTURE_CONTENT)
    content.policies[0].data.withdrawal = {
      kind: 'amended',
      date: '2026',
      reason: { 'zh-CN': '已修订' },
      replacedBy: 'no-such-plan',
    }
    expect(crossCheck(content, FIXTURE_CONTENT)).toEqual([
      expect.objectContaining({ field: 'withdrawal.replacedBy' }),
    ])
  })
})
