import { describe, expect, it } from 'vitest'
import { jyutpingKeywords, pinyinKeywords } from '../../../search/keywords'
import { pinyinTable } from '../../../search/static/pinyin-table'

describe('generated keywords', () => {
  it('pinyin with tones, spaced, joined, every run and initials', () => {
    const k = pinyinKeywords('养老机构')
    expect(k).toEqual(
      expect.arrayContaining([
        'yǎng lǎo jī gòu',
        'yang lao ji gou',
        'yanglaojigou',
        'laoji',
        'yljg',
        'jg',
      ]),
    )
  })
  it('reads polyphonic characters in context', () => {
    expect(pinyinKeywords('长者食堂')).toContain('zhangzheshitang')
    expect(pinyinKeywords('丧葬')).toContain('sangzang')
  })
  it('Jyutping from the record and from to-jyutping, with and without tone numbers', () => {
    const k = jyutpingKeywords('赤坎镇', 'cek3 ham2 zan3')
    expect(k).toEqual(
      expect.arrayContaining(['cek3 ham2 zan3', 'cek ham zan', 'cekham', 'cekhamzan']),
    )
    expect(jyutpingKeywords('开平')).toContain('hoiping')
  })
  it('the browser pinyin table covers the 6,763 GB2312 characters', () => {
    const table = pinyinTable()
    const chars = Object.values(table).join('')
    expect(chars.length).toBe(6763)
    expect(table.gou).toContain('构')
    expect(table.gou).toContain('购')
  })
})
