import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { href, langFromParam, pick, t } from '../../site/lib/i18n'

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
})
