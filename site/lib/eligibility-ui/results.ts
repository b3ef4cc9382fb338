/** Pure helpers for showing the engine's results: grouping, dates and the year of a figure. */
import { startOf } from '../eligibility/dates'
import type { ConditionResult, ProgrammeResult, Status, UsedParameter } from '../eligibility/types'

export const STATUSES: readonly Status[] = ['likely', 'possible', 'unlikely']

export { todayInKaiping } from '../eligibility/dates'

export function groupByStatus(
  results: readonly ProgrammeResult[],
): Record<Status, ProgrammeResult[]> {
  return {
    likely: results.filter((r) => r.status === 'likely'),
    possible: results.filter((r) => r.status === 'possible'),
    unlikely: results.filter((r) => r.status === 'unlikely'),
  }
}

/**
 * The years of the parameters that were in force from a year before `date`'s year, oldest
 * first: "按2020年标准估算" is said whenever one is older than this year.
 */
export function olderYears(params: readonly UsedParameter[] | undefined, date: string): string[] {
  const year = date.slice(0, 4)
  const years = (params ?? [])
    .map((p) => (startOf(p.from) ?? p.from).slice(0, 4))
    .filter((y) => y < year)
  return [...new Set(years)].sort()
}

/** Every parameter a condition (and its sub-conditions) used. */
export function conditionParameters(c: ConditionResult): UsedParameter[] {
  return [...(c.parameters ?? []), ...(c.conditions ?? []).flatMap(conditionParameters)]
}

/** Every parameter the whole evaluation used (conditions and estimates). */
export function allParameters(results: readonly ProgrammeResult[]): UsedParameter[] {
  return results.flatMap((r) => [
    ...r.conditions.flatMap(conditionParameters),
    ...(r.estimateParameters ?? []),
  ])
}

/** Nothing likely or possible: point to 临时救助, charity and the hotline instead. */
export const nothingFound = (groups: Record<Status, ProgrammeResult[]>): boolean =>
  groups.likely.length === 0 && groups.possible.length === 0

/** 1440 → "1,440"; 235.5 → "235.5". */
export function formatMoney(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/** "2025-06-01" → "2025年6月1日" (Chinese) or "1 June 2025" (English). */
export function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number)
  if (lang !== 'en') return `${y}年${m}月${d}日`
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  })
  return `${d} ${month} ${y}`
}
