import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VOCABULARY } from '../../content/schema/vocabulary'
import { optionsFrom } from '../../cms/fields/options'
import { href, langFromParam, optionLabel, pick, t } from '../../site/lib/i18n'

describe('site i18n', () => {
  it('has the same UI keys in every locale', () => {
    const keys = (l: string) =>
      Object.keys(JSON.parse(readFileSync(`site/i18n/${l}.json`, 'utf8'))).sort()
    expect(keys('zh-Hant')).toEqual(keys('zh-CN'))
    expect(keys('en')).toEqual(keys('zh-CN'))
  })

  it('maps locales to URL prefixes and back', () => {
    expect(href('zh-CN', '/facilities/')).toBe('/facilities/')
    expect(href('zh-Hant', '/facilities/')).toBe('/zh-hant/facilities/')
    expect(href('en', '/')).toBe('/en/')
    expect(langFromParam(undefined)).toBe('zh-CN')
    expect(langFromParam('zh-hant')).toBe('zh-Hant')
    expect(() => langFromParam('fr')).toThrow()
  })

  it('falls back to the Simplified Chinese master text and says so', () => {
    expect(pick({ 'zh-CN': '低保', en: 'Dibao' }, 'en')).toEqual({
      value: 'Dibao',
      fallback: false,
    })
    expect(pick({ 'zh-CN': '低保', en: null }, 'en')).toEqual({ value: '低保', fallback: true })
    expect(pick({ 'zh-CN': [{ text: '身份证' }], 'zh-Hant': [] }, 'zh-Hant')).toEqual({
      value: [{ text: '身份证' }],
      fallback: true,
    })
    expect(pick(undefined, 'en')).toEqual({ value: undefined, fallback: false })
  })

  it('fills placeholders', () => {
    expect(t('zh-CN', 'facility.starsValue', { n: 4 })).toBe('4星级')
    expect(t('en', 'facility.starsValue', { n: 3 })).toBe('3 stars')
  })

  it('labels record options from the shared vocabulary, the same on the site and in the CMS', () => {
    expect(optionLabel('zh-CN', 'kind', 'day-care')).toBe('日间照料中心')
    expect(optionLabel('zh-Hant', 'validity', 'expired')).toBe('期滿失效')
    expect(optionLabel('en', 'category', 'basic-living')).toBe('Basic living assistance')
    expect(optionLabel('en', 'ownership', undefined)).toBe('')
    expect(t('en', 'unit.yuan-per-person-month')).toBe('yuan per person per month')
    expect(optionsFrom('topic').find((o) => o.value === 'elderly')?.label).toEqual({
      zh: '养老服务',
      'zh-TW': '養老服務',
      en: 'Elder care',
    })
  })

  it('keeps option labels in one place: no UI-string file repeats a vocabulary key', () => {
    const groups = Object.keys(VOCABULARY)
    for (const l of ['zh-CN', 'zh-Hant', 'en']) {
      const keys = Object.keys(JSON.parse(readFileSync(`site/i18n/${l}.json`, 'utf8')))
      expect(
        keys.filter((k) => groups.includes(k.split('.')[0])),
        l,
      ).toEqual([])
    }
  })

  it('fails loudly on a missing UI string instead of printing undefined', () => {
    expect(() => t('en', 'no.such.key' as never)).toThrow(/no UI string "no.such.key" in en/)
  })
})
