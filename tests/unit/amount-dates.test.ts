/**
 * Amounts are dated figures, not rates "in force since": labels never say 起 / "from", and the
 * page shows "2020年标准" with how old the figure is (content/programmes, site/lib/format.ts).
 */
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../content/schema/load'
import { yearsOld } from '../../site/lib/figureAge'
import { amountDate } from '../../site/lib/format'

describe('amount dates', () => {
  it('no amount label says 起 / from / since (they are figures of a year, not start dates)', () => {
    const labels = loadContent().programmes.flatMap(({ file, data }) =>
      data.amounts.flatMap((a) => Object.values(a.label).map((l) => `${file}: ${l}`)),
    )
    expect(labels.length).toBeGreaterThan(10)
    expect(labels.filter((l) => /起|\bfrom\b|\bsince\b/i.test(l))).toEqual([])
  })

  it('says "2020年标准" and how old the figure is, in three locales', () => {
    const rate = { key: 'standard', from: '2020' }
    expect(amountDate(rate, 'zh-CN', '2026-12-01')).toBe('（2020年标准，已有 6 年）')
    expect(amountDate(rate, 'zh-Hant', '2026-12-01')).toBe('（2020年標準，已有 6 年）')
    expect(amountDate(rate, 'en', '2026-12-01')).toBe(' (2020 rate, 6 years old)')
    expect(amountDate(rate, 'en', '2021-01-01')).toBe(' (2020 rate, 1 year old)')
    expect(amountDate(rate, 'zh-CN', '2020-06-01')).toBe('（2020年标准）')
    expect(amountDate({ key: 'care-semi', from: '2020-02' }, 'zh-CN', '2026-01-01')).toBe(
      '（2020年2月标准，已有 6 年）',
    )
    expect(amountDate({ key: 'average-2020', from: '2020' }, 'zh-CN', '2026-01-01')).toBe(
      '（2020年数据，已有 6 年）',
    )
    expect(amountDate({ key: 'x', from: '2019', to: '2020' }, 'en', '2026-01-01')).toBe(
      ' (2019 to 2020 rate)',
    )
  })

  it('counts the age in calendar years from the year the figure was set', () => {
    expect(yearsOld('2020', '2026-01-01')).toBe(6)
    expect(yearsOld('2020-02', '2020-12-31')).toBe(0)
    expect(yearsOld('2021', '2020-12-31')).toBe(0)
  })
})
