/**
 * Geometry of one indicator's bar chart (server-side; the page draws it as SVG). One line of
 * text per series ("2020年实际值：47%"), then its bar — or, for a value the plan gives in words,
 * those words, wrapped. Kaiping's three values first, then Jiangmen's and Guangdong's 2025.
 * Counts for a whole province dwarf a county's (92 outlets against 11 500): when the other
 * areas' figures are over ten times Kaiping's, each group gets its own axis, and the page says so.
 */
import { linearScale, wrapText } from './scale'
import { isKaiping, SERIES, type Cell, type Series } from './values'

export const CHART = { width: 300, font: 14, tick: 11, bar: 14, line: 18, gap: 10 } as const
const SPLIT_RATIO = 10

export type ChartRow = {
  series: Series
  /** "2020年实际值：≥50%" — the label and the value as printed. */
  label: string
  y: number
  bar?: { y: number; width: number }
  /** Lines of a value given in words. */
  words?: { y: number; text: string }[]
}
/** A value axis under a group of bars; grid lines run from `top` down to `y`. */
export type Axis = { top: number; y: number; ticks: { x: number; label: string }[] }
export type ChartLayout = {
  rows: ChartRow[]
  axes: Axis[]
  /** Where Kaiping's values end and the other areas' begin (one shared axis). */
  divider?: number
  /** Kaiping and the other areas are drawn on different axes. */
  split: boolean
  height: number
}

export function valueText(cell: Cell, unit: string | null | undefined, missing: string): string {
  if (cell.kind === 'missing') return missing
  return cell.kind === 'number' ? `${cell.raw}${unit ?? ''}` : cell.raw
}

const numbersOf = (cells: Record<Series, Cell>, series: readonly Series[]) =>
  series.map((s) => cells[s]).flatMap((c) => (c.kind === 'number' ? [c.value] : []))

export function chartLayout(opts: {
  cells: Record<Series, Cell>
  unit: string | null | undefined
  seriesLabel: (s: Series) => string
  colon: string
  missing: string
  formatTick: (v: number) => string
}): ChartLayout {
  const { cells, unit } = opts
  const percent = unit === '%'
  const own = SERIES.filter(isKaiping)
  const others = SERIES.filter((s) => !isKaiping(s))
  const ownMax = Math.max(0, ...numbersOf(cells, own))
  const otherMax = Math.max(0, ...numbersOf(cells, others))
  const split = !percent && ownMax > 0 && otherMax > ownMax * SPLIT_RATIO
  const groups = split ? [own, others] : [SERIES]
  const rows: ChartRow[] = []
  const axes: Axis[] = []
  let divider: number | undefined
  let y = 0
  for (const group of groups) {
    const numbers = numbersOf(cells, group)
    const scale = linearScale(numbers, CHART.width, percent)
    const top = y
    for (const s of group) {
      if (!split && !isKaiping(s) && divider === undefined) {
        divider = y + CHART.gap / 2
        y += CHART.gap
      }
      const cell = cells[s]
      y += CHART.line
      const row: ChartRow = { series: s, y, label: opts.seriesLabel(s) + opts.colon }
      if (cell.kind === 'number') {
        row.label += valueText(cell, unit, opts.missing)
        // a value above zero always shows, however small next to the others
        row.bar = { y: y + 4, width: cell.value > 0 ? Math.max(scale.x(cell.value), 2) : 0 }
        y += CHART.bar + 6
      } else if (cell.kind === 'missing') {
        row.label += opts.missing
        y += 6
      } else {
        row.words = wrapText(cell.raw, CHART.width - 8, CHART.font).map((text) => {
          y += CHART.line
          return { y, text }
        })
        y += 6
      }
      rows.push(row)
    }
    y += 4
    if (numbers.length) {
      axes.push({
        top,
        y,
        ticks: scale.ticks.map((v) => ({ x: scale.x(v), label: opts.formatTick(v) })),
      })
      y += CHART.tick + 8
    }
    y += split ? CHART.gap : 0
  }
  return { rows, axes, divider, split, height: y }
}
