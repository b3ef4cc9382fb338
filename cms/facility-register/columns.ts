/**
 * The bureau's facility register as a spreadsheet: one row per facility, the same columns for
 * import and export. A row maps to a content/-shaped record (validated with the zod schema of
 * content/schema/records.ts) and back.
 */
import { LOCALES } from '../../content/schema/common'
import type { Facility } from '../../content/schema/records'

type Rec = Record<string, unknown>
export type Column = { header: string; path: (string | number)[]; type: 'text' | 'int' | 'bool' }

const loc = (field: string, header = field): Column[] =>
  LOCALES.map((l) => ({ header: `${header}_${l}`, path: [field, l], type: 'text' }))

export const COLUMNS: Column[] = [
  { header: 'slug', path: ['slug'], type: 'text' },
  ...loc('name'),
  { header: 'kind', path: ['kind'], type: 'text' },
  { header: 'ownership', path: ['ownership'], type: 'text' },
  { header: 'town', path: ['town'], type: 'text' },
  { header: 'address', path: ['address'], type: 'text' },
  { header: 'phone', path: ['phone'], type: 'text' },
  { header: 'stars', path: ['starRating', 'stars'], type: 'int' },
  { header: 'stars_year', path: ['starRating', 'year'], type: 'text' },
  { header: 'beds', path: ['beds'], type: 'int' },
  { header: 'nursing_beds', path: ['nursingBeds'], type: 'int' },
  { header: 'medical', path: ['medicalIntegration'], type: 'bool' },
  { header: 'medical_partner', path: ['medicalIntegration', 'partner'], type: 'text' },
  { header: 'fee_min', path: ['monthlyFee', 'min'], type: 'int' },
  { header: 'fee_max', path: ['monthlyFee', 'max'], type: 'int' },
  ...loc('fees'),
  { header: 'vacancies', path: ['vacancies', 'count'], type: 'int' },
  { header: 'vacancies_as_of', path: ['vacancies', 'asOf'], type: 'text' },
  ...loc('summary'),
  { header: 'source', path: ['citations', 0, 'source'], type: 'text' },
  { header: 'source_location', path: ['citations', 0, 'location'], type: 'text' },
]
export const HEADERS = COLUMNS.map((c) => c.header)

const YES = new Set(['是', '有', 'yes', 'y', 'true', '1'])
const NO = new Set(['否', '无', '無', 'no', 'n', 'false', '0'])

function setPath(obj: Rec, path: (string | number)[], value: unknown) {
  let o = obj
  for (const [i, k] of path.slice(0, -1).entries()) {
    if (o[k] === undefined || typeof o[k] !== 'object')
      o[k] = typeof path[i + 1] === 'number' ? [] : {}
    o = o[k] as Rec
  }
  o[path.at(-1)!] = value
}
function getPath(obj: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Rec)[k]), obj)
}

/**
 * The values a row gives, content-shaped. Empty cells give nothing (the stored value stays);
 * "-" clears a value. Numbers that are not whole numbers stay text, so the schema names them.
 */
export function rowToPatch(cells: Record<string, string>): { set: Rec; clear: Column[] } {
  const set: Rec = {}
  const clear: Column[] = []
  for (const c of COLUMNS) {
    const raw = (cells[c.header] ?? '').trim()
    if (!raw) continue
    if (raw === '-') {
      clear.push(c)
      continue
    }
    if (c.type === 'int') setPath(set, c.path, /^-?\d+$/.test(raw) ? Number(raw) : raw)
    else if (c.type === 'bool') {
      const v = raw.toLowerCase()
      if (YES.has(v)) set.medicalIntegration ??= {}
      else if (NO.has(v)) clear.push(c)
      else setPath(set, c.path, raw) // the schema refuses it, naming the column
    } else setPath(set, c.path, raw)
  }
  return { set, clear }
}

/** Apply a row over a stored record: set what the row gives, drop what it clears. */
export function applyPatch(base: Rec, { set, clear }: { set: Rec; clear: Column[] }): Rec {
  const out = structuredClone(base)
  const merge = (into: Rec, from: Rec) => {
    for (const [k, v] of Object.entries(from)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && into[k] && typeof into[k] === 'object')
        merge(into[k] as Rec, v as Rec)
      else if (Array.isArray(v) && Array.isArray(into[k])) {
        const arr = into[k] as Rec[]
        v.forEach((item, i) => (arr[i] = { ...(arr[i] ?? {}), ...(item as Rec) }))
      } else into[k] = v
    }
  }
  merge(out, set)
  for (const c of clear) {
    const parent = c.path.length > 1 ? (getPath(out, c.path.slice(0, -1)) as Rec | undefined) : out
    if (parent) delete parent[c.path.at(-1)!]
    if (c.header === 'stars') delete out.starRating
    if (c.header === 'vacancies') delete out.vacancies
    if (c.header === 'fee_min' || c.header === 'fee_max') delete out.monthlyFee
  }
  return out
}

/** A record as register cells (export, and what an import changed). */
export function toRow(rec: Partial<Facility>): Record<string, string> {
  const row: Record<string, string> = {}
  for (const c of COLUMNS) {
    const v = getPath(rec, c.path)
    row[c.header] =
      c.type === 'bool' ? (v ? '是' : '否') : v === undefined || v === null ? '' : String(v)
  }
  return row
}

/** The column a schema problem is about (longest matching path), for the report. */
export function columnFor(path: PropertyKey[]): string {
  const p = path.map(String)
  let best: Column | undefined
  for (const c of COLUMNS) {
    const cp = c.path.map(String)
    const n = Math.min(cp.length, p.length)
    if (cp.slice(0, n).join('.') === p.slice(0, n).join('.') && (!best || n > best.path.length))
      best = c
  }
  return best?.header ?? p.join('.')
}
