/**
 * Which cells of the plan's indicator table can be drawn as a bar, and which stay words.
 * Only a bare figure is a number: "47", "94.2", "≥50", ">50", "1万". Anything else — "不低于…",
 * "最低工资标准的2%", "5.88% (低于…)", "2373元/人/月", "100%", "—" — is shown as printed.
 */
import type { Indicator } from '../types'

/** The table's value columns, in the plan's order: Kaiping's three, then Jiangmen and Guangdong. */
export const SERIES = [
  'actual2020',
  'target2023',
  'target2025',
  'jiangmen2025',
  'province2025',
] as const
export type Series = (typeof SERIES)[number]
/** Kaiping's own figures; the last two are other areas' 2025 targets. */
export const isKaiping = (s: Series) => s !== 'jiangmen2025' && s !== 'province2025'

export type Cell =
  | { kind: 'missing' }
  | { kind: 'text'; raw: string }
  | { kind: 'number'; raw: string; value: number; qualifier?: Qualifier }
export type Qualifier = '≥' | '>' | '≤' | '<'

const NUMBER = /^(≥|>|≤|<|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(万)?$/
const QUALIFIER: Record<string, Qualifier> = {
  '≥': '≥',
  '>=': '≥',
  '>': '>',
  '＞': '>',
  '≤': '≤',
  '<=': '≤',
  '<': '<',
  '＜': '<',
}

export function parseCell(raw: string | null | undefined): Cell {
  const text = (raw ?? '').trim()
  if (!text) return { kind: 'missing' }
  const m = NUMBER.exec(text)
  if (!m) return { kind: 'text', raw: text }
  const value = Number(m[2]) * (m[3] ? 10_000 : 1)
  return m[1]
    ? { kind: 'number', raw: text, value, qualifier: QUALIFIER[m[1]] }
    : { kind: 'number', raw: text, value }
}

/** A record's cells as the plan prints them (zh-CN: the cells are not translated). */
export function cells(r: Indicator): Record<Series, Cell> {
  return Object.fromEntries(SERIES.map((s) => [s, parseCell(r[s]?.['zh-CN'])])) as Record<
    Series,
    Cell
  >
}

export const hasNumber = (c: Record<Series, Cell>) => SERIES.some((s) => c[s].kind === 'number')
export const hasValue = (c: Record<Series, Cell>) => SERIES.some((s) => c[s].kind !== 'missing')

/** "4-城镇" → "4": sub-rows of a plan row share its number. */
export const mainRow = (row: string) => row.split('-')[0]

export type RowGroup<T extends Pick<Indicator, 'row'>> = { row: string; head: T; parts: T[] }

/**
 * The plan's 16 rows: each with its record and, where the plan splits it (4 城镇/农村,
 * 5 by self-care level, 9 by kind of care), the sub-row records that carry the values.
 */
export function groupRows<T extends Pick<Indicator, 'row'>>(records: T[]): RowGroup<T>[] {
  const groups = new Map<string, RowGroup<T>>()
  for (const r of records) {
    const key = mainRow(r.row)
    const g = groups.get(key)
    if (!g) groups.set(key, { row: key, head: r, parts: r.row === key ? [] : [r] })
    else if (r.row === key) g.head = r
    else g.parts.push(r)
  }
  return [...groups.values()]
}
