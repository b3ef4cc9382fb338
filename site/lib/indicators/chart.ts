/**
 * Geometry of one indicator's bar chart (server-side; the page draws it as SVG). One line of
 * text per series ("2020年实际值：47%"), then its bar — or, for a value the plan gives in words,
 * those words, wrapped. Kaiping's three values first, then Jiangmen's and Guangdong's 2025.
 */
import { linearScale, wrapText } from './scale'
import { isKaiping, SERIES, type Cell, type Series } from './values'

export const CHART = { width: 320, font: 13, tick: 11, bar: 14, line: 17, gap: 8 } as const

export type ChartRow = {
  series: Series
  /** "2020年实际值：≥50%" — the label and the value as printed. */
  label: string
  y: number
  bar?: { y: number; width: number }
  /** Lines of a value given in words, or of 暂无. */
  words?: { y: number; text: string }[]
}
export type ChartLayout = {
  rows: ChartRow[]
  ticks: { x: number; label: string }[]
  /** Where Kaiping's values end and the other areas' begin. */
  divider?: number
  axisY: number
  height: number
}

export function valueText(cell: Cell, unit: string | null | undefined, missing: string): string {
  if (cell.kind === 'missing') return missing
  return cell.kind === 'number' ? `${cell.raw}${unit ?? ''}` : cell.raw
}

export function chartLayout(opts: {
  cells: Record<Series, Cell>
  unit: string | null | undefined
  seriesLabel: (s: Series) => string
  colon: string
  missing: string
  formatTick: (v: number) => string
}): ChartLayout {
  const { cells, unit } = opts
  const numbers = SERIES.map((s) => cells[s]).flatMap((c) => (c.kind === 'number' ? [c.value] : []))
  const scale = linearScale(numbers, CHART.width, unit === '%')
  const rows: ChartRow[] = []
  let y = 0
  let divider: number | undefined
  for (const s of SERIES) {
    if (!isKaiping(s) && divider === undefined) {
      divider = y + CHART.gap / 2
      y += CHART.gap
    }
    const cell = cells[s]
    y += CHART.line
    const row: ChartRow = { series: s, y, label: opts.seriesLabel(s) + opts.colon }
    if (cell.kind === 'number') {
      row.label += valueText(cell, unit, opts.missing)
      // a value above zero always shows, however small next to the province's
      row.bar = { y: y + 4, width: cell.value > 0 ? Math.max(scale.x(cell.value), 2) : 0 }
      y += CHART.bar + 6
    } else if (cell.kind === 'missing') {
      row.label += opts.missing
      y += 6
    } else {
      const text = valueText(cell, unit, opts.missing)
      row.words = wrapText(text, CHART.width, CHART.font).map((line) => {
        y += CHART.line
        return { y, text: line }
      })
      y += 4
    }
    rows.push(row)
  }
  const axisY = y + 4
  const ticks = numbers.length
    ? scale.ticks.map((v) => ({ x: scale.x(v), label: opts.formatTick(v) }))
    : []
  return { rows, ticks, divider, axisY, height: axisY + (ticks.length ? CHART.tick + 8 : 0) }
}
