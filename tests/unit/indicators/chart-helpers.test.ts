import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from '../../../site/lib/csv'
import { chartLayout } from '../../../site/lib/indicators/chart'
import { linearScale, niceCeil, wrapText } from '../../../site/lib/indicators/scale'
import { groupRows, mainRow, parseCell, SERIES } from '../../../site/lib/indicators/values'

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

describe('plan rows', () => {
  it('gathers sub-rows under the plan row they split', () => {
    const g = groupRows([{ row: '3' }, { row: '4' }, { row: '4-城镇' }, { row: '4-农村' }])
    expect(g.map((x) => [x.row, x.head.row, x.parts.map((p) => p.row)])).toEqual([
      ['3', '3', []],
      ['4', '4', ['4-城镇', '4-农村']],
    ])
  })
})

describe('chart layout', () => {
  const layout = (raw: Partial<Record<(typeof SERIES)[number], string>>, unit = '%') =>
    chartLayout({
      cells: Object.fromEntries(SERIES.map((s) => [s, parseCell(raw[s])])) as never,
      unit,
      seriesLabel: (s) => s,
      colon: '：',
      missing: '暂无',
      formatTick: String,
    })

  it('draws a bar for a figure and shows words as words, without a bar', () => {
    const l = layout({ actual2020: '7.86', target2023: '不低于上年度当地居民消费价格指数' })
    const [actual, t2023, t2025] = l.rows
    expect(actual.label).toBe('actual2020：7.86%')
    expect(actual.bar?.width).toBeCloseTo(3 * 7.86)
    expect(t2023.bar).toBeUndefined()
    expect(t2023.words?.map((w) => w.text).join('')).toBe('不低于上年度当地居民消费价格指数')
    expect(t2025).toMatchObject({ label: 'target2025：暂无' })
    expect(t2025.bar).toBeUndefined()
  })

  it('puts the other areas below a divider, on the same axis when sizes are alike', () => {
    const l = layout({ actual2020: '47', target2025: '≥55', province2025: '≥55' })
    const province = l.rows.find((r) => r.series === 'province2025')!
    expect(l.split).toBe(false)
    expect(l.divider).toBeGreaterThan(l.rows[2].y)
    expect(l.divider).toBeLessThan(province.y)
    expect(l.axes).toHaveLength(1)
    expect(l.axes[0].y).toBeGreaterThan(province.bar!.y)
    expect(l.axes[0].ticks.at(-1)).toEqual({ x: 300, label: '100' })
    expect(l.rows[0].bar!.width).toBeCloseTo(300 * 0.47)
  })

  it('gives a county and a province their own axes when one is over ten times the other', () => {
    const l = layout(
      { actual2020: '75', target2025: '92', jiangmen2025: '450', province2025: '11500' },
      '个',
    )
    expect(l.split).toBe(true)
    expect(l.divider).toBeUndefined()
    expect(l.axes.map((a) => a.ticks.at(-1)!.label)).toEqual(['100', '20000'])
    const [kaiping, others] = l.axes
    const target = l.rows.find((r) => r.series === 'target2025')!
    const jiangmen = l.rows.find((r) => r.series === 'jiangmen2025')!
    expect(kaiping.y).toBeGreaterThan(target.bar!.y)
    expect(others.top).toBeGreaterThan(kaiping.y)
    expect(jiangmen.y).toBeGreaterThan(others.top)
    // 92 of 100 on its own axis, not a sliver of 20 000
    expect(target.bar!.width).toBeCloseTo(276)
    expect(jiangmen.bar!.width).toBeCloseTo(300 * (450 / 20000))
  })

  it('keeps percentages on one 0–100 axis', () => {
    expect(layout({ actual2020: '5', province2025: '100' }).split).toBe(false)
  })
})
