/**
 * The site-wide notice: seeded from content/site.yaml into the site-settings global, shown on
 * every page (Base.astro) in three locales, and gone in every locale once staff empty it.
 */
import { describe, expect, it } from 'vitest'
import { siteSettingsData } from '../../cms/seed/toPayload'
import { loadContent } from '../../content/schema/load'
import { LANGS } from '../../site/lib/i18n'
import { siteNotice } from '../../site/lib/siteNotice'

const site = loadContent().site

describe('site-wide notice', () => {
  it('says, in three locales, that figures are 2020 ones from the 2021 draft plan, with the hotline', () => {
    const n = site.notice!
    expect(n['zh-CN']).toMatch(/征求意见稿[\s\S]*2020年[\s\S]*12345/)
    expect(n['zh-Hant']).toMatch(/徵求意見稿[\s\S]*2020年[\s\S]*12345/)
    expect(n.en).toMatch(/draft for public comment[\s\S]*2020 figures[\s\S]*12345/)
    expect(n['zh-CN']).toContain(site.hotline.number)
  })

  it('is seeded into the site settings per locale, and cleared when content/ drops it', () => {
    for (const l of LANGS) expect(siteSettingsData(site, l).notice).toBe(site.notice![l])
    const { notice: _, ...without } = site
    expect(siteSettingsData(without, 'zh-CN').notice).toBeNull()
  })

  it('shows the page locale, falls back to zh-CN, and disappears when the zh-CN text is emptied', () => {
    const notice = { 'zh-CN': '简体', 'zh-Hant': '繁體', en: 'English' }
    expect(LANGS.map((l) => siteNotice({ notice }, l))).toEqual(['简体', '繁體', 'English'])
    expect(siteNotice({ notice: { 'zh-CN': '简体', en: null } }, 'en')).toBe('简体')
    for (const empty of [null, undefined, { 'zh-CN': '' }, { 'zh-CN': '  ', en: 'English' }])
      for (const l of LANGS) expect(siteNotice({ notice: empty }, l)).toBeUndefined()
  })
})
