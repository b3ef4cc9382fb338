import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from '../../../site/lib/csv'
import { linearScale, niceCeil, wrapText } from '../../../site/lib/indicators/scale'
import { mainRow, parseCell, SERIES } from '../../../site/lib/indicators/values'

describe('indicator cells: which are figures and which stay words', () => {
  it('reads bare figures, with a comparison sign or 万, as numbers', () => {
    expect(parseCell('47')).toEqual({ kind: 'number', raw: '47', value: 47 })
    expect(parseCell('94.2')).toMatchObject({ value: 94.2 })
    expect(parseCell('≥55')).toEqual({ kind: 'number', raw: '≥55', value: 55, qualifier: '≥' })
    expect(parseCell('>80')).toMatchObject({ value: 80, qualifier: '>' })
    expect(parseCell('1万')).toMatchObject({ kind: 'number', value: 10_000 })
    expect(parseCell('20万')).toMatchObject({ kind: 'number', value: 200_000, raw: '20万' })
    expect(parseCell(' 11500 ')).toMatchObject({ value: 11_500, raw: '11500' })
  })

  it('keeps words, figures with their own unit and dashes as text', () => {
    for (const raw of [
      '不低于居民上年度人均消费支出增速',
      '最低工资标准的2%',
      '不低于当地最低工资标准的60%',
      '5.88% (低于居民上年度人均消费支出增速)',
      '2373元/人/月',
      '最低生活保障标准的1.6倍',
      '100%',
      '—',
    ])
      expect(parseCell(raw)).toEqual({ kind: 'text', raw })
  })

  it('treats an empty cell as missing, not as zero', () => {
    expect(parseCell(undefined)).toEqual({ kind: 'missing' })
    expect(parseCell(null)).toEqual({ kind: 'missing' })
    expect(parseCell('  ')).toEqual({ kind: 'missing' })
  })

  it('never reads a cell of the plan that has words in it as a number', () => {
    const dir = 'content/indicators'
    let numbers = 0
    for (const f of readdirSync(dir)) {
      const rec = parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, string>
      for (const s of SERIES) {
        const c = parseCell(rec[s])
        if (c.kind !== 'number') continue
        numbers++
        expect(c.raw.replace('万', '')).not.toMatch(/[\u2E80-\uFFEF%元倍]/)
      }
    }
    expect(numbers).toBeGreaterThan(40)
  })

  it('groups sub-rows under their plan row', () => {
    expect(mainRow('4-城镇')).toBe('4')
    expect(mainRow('16')).toBe('16')
  })
})

describe('bar scale', () => {
  it('rounds the top up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceCeil(92)).toBe(100)
    expect(niceCeil(11_500)).toBe(20_000)
    expect(niceCeil(215)).toBe(250)
    expect(niceCeil(200_000)).toBe(200_000)
    expect(niceCeil(0)).toBe(1)
  })

  it('shows percentages against 0–100 and maps values onto the width', () => {
    const s = linearScale([47, 50, 55], 200, true)
    expect(s.max).toBe(100)
    expect(s.ticks).toEqual([0, 20, 40, 60, 80, 100])
    expect(s.x(47)).toBeCloseTo(94)
    expect(s.x(100)).toBe(200)
    expect(s.x(-5)).toBe(0)
  })

  it('fits counts of very different size on one axis with round ticks', () => {
    const s = linearScale([75, 83, 92, 450, 11_500], 300)
    expect(s.max).toBe(20_000)
    expect(s.ticks).toEqual([0, 5000, 10_000, 15_000, 20_000])
    expect(s.x(11_500)).toBeCloseTo(172.5)
  })
})

describe('wrapping SVG text', () => {
  it('breaks Chinese by width and Latin at spaces', () => {
    const zh = wrapText('不低于上年度当地居民人均消费性支出增长幅度', 140, 14)
    expect(zh.every((l) => [...l].length <= 10)).toBe(true)
    expect(zh.join('')).toBe('不低于上年度当地居民人均消费性支出增长幅度')
    const en = wrapText('in line with the local standard', 112, 14)
    expect(en).toEqual(['in line with', 'the local', 'standard'])
  })
})

describe('CSV for Excel', () => {
  it('quotes commas, quotes and line breaks; starts with a BOM; ends rows with CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField(null)).toBe('')
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvField('-5')).toBe('-5')
    expect(
      toCsv([
        ['序号', '指标'],
        ['1', '城乡低保标准年度增速'],
      ]),
    ).toBe('\uFEFF序号,指标\r\n1,城乡低保标准年度增速\r\n')
  })
})
