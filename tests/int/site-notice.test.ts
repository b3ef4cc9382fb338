/**
 * The site-wide notice as staff edit it: set in the site-settings global it reaches the exported
 * data the site builds from, in three locales; emptied, no page shows it any more.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANGS } from '../../site/lib/i18n'
import { siteNotice } from '../../site/lib/siteNotice'
import type { SiteSettings } from '../../site/lib/types'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
const out = path.join(mkdtempSync(path.join(tmpdir(), 'kaiping-notice-')), 'site-data')
const TEXT = { 'zh-CN': '金额为2020年数据', 'zh-Hant': '金額為2020年數據', en: '2020 figures' }

async function setNotice(values: Record<string, string>) {
  for (const [locale, notice] of Object.entries(values))
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: { notice } as never,
      locale: locale as 'zh-CN',
    })
}

async function exported(): Promise<SiteSettings> {
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  await exportSiteData(cms.payload, out, () => {})
  return JSON.parse(readFileSync(path.join(out, 'site-settings.json'), 'utf8')) as SiteSettings
}

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
})
afterAll(async () => cms?.close())

describe('site-wide notice from the site settings', () => {
  it('reaches the exported site data in three locales', async () => {
    await setNotice(TEXT)
    const settings = await exported()
    expect(LANGS.map((l) => siteNotice(settings, l))).toEqual([
      TEXT['zh-CN'],
      TEXT['zh-Hant'],
      TEXT.en,
    ])
  })

  it('disappears from every locale once staff empty the Simplified Chinese text', async () => {
    await setNotice({ 'zh-CN': '' })
    const settings = await exported()
    for (const l of LANGS) expect(siteNotice(settings, l)).toBeUndefined()
  })
})
