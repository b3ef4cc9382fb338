/** Calendar dates as strings. ISO strings of equal length compare correctly as text. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/

/** True for a real calendar date written YYYY-MM-DD (2021-02-29 is false). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** 'YYYY' → 'YYYY-01-01', 'YYYY-MM' → 'YYYY-MM-01'; undefined when not a partial date. */
export function startOf(partial: string): string | undefined {
  const m = PARTIAL.exec(partial)
  if (!m) return undefined
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
}

// made once: a new Intl.DateTimeFormat per call cost the site build ~1 ms for every page date
let formatter: Intl.DateTimeFormat | undefined
const kaipingDate = () =>
  (formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }))

/**
 * The date in Kaiping (Asia/Shanghai) at `now`, YYYY-MM-DD — today by default, whatever the
 * device's or server's time zone. The one "today" of the site, the questionnaire and the CLI.
 */
export function todayInKaiping(now: Date = new Date()): string {
  const parts = kaipingDate().formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}
