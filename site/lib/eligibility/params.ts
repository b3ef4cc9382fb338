/**
 * Dated parameters. Standards, thresholds and amounts live in the programme records
 * (`amounts`), never in code: a rule only names which record and key it needs.
 *
 * The value in force on a date is the entry with the latest `from` ≤ date, provided date is
 * before its `to` (exclusive) when it has one. 'YYYY' means 1 January, 'YYYY-MM' the 1st.
 */
import { startOf } from './dates'
import type { RuleAmount, RuleProgramme, UsedParameter } from './types'

/** Which record and key a rule needs, and the units it knows how to use. */
export type ParamRef = { programme: string; key: string; units: readonly string[] }

export const MONTHLY_PER_PERSON = ['yuan-per-person-month', 'yuan-per-person-year'] as const
export const MONTHLY_AMOUNT = [
  'yuan-per-month',
  'yuan-per-person-month',
  'yuan-per-person-year',
] as const
export const PER_CASE = ['yuan-per-case', 'yuan-per-household-case'] as const
export const YEARS = ['years'] as const
export const PERCENT = ['percent'] as const
export const MULTIPLE_OF_DIBAO = ['multiple-of-dibao'] as const

export function param(programme: string, key: string, units: readonly string[]): ParamRef {
  return { programme, key, units }
}

export const refName = (ref: ParamRef): string => `${ref.programme}.${ref.key}`

export type ParamLookup =
  | { ok: true; value: number; used: UsedParameter }
  | { ok: false; why: MissingWhy; ref: ParamRef; unit?: string }

/** no-record: no such programme; no-key: the record never had the key; no-value: not in force on the date. */
export type MissingWhy = 'no-record' | 'no-key' | 'no-value' | 'bad-unit'

/** The entry of `key` in force on `date` (YYYY-MM-DD), or undefined. */
export function amountInForce(
  amounts: readonly RuleAmount[],
  key: string,
  date: string,
): RuleAmount | undefined {
  let best: { amount: RuleAmount; from: string } | undefined
  for (const amount of amounts) {
    if (amount.key !== key) continue
    const from = startOf(amount.from)
    if (!from || from > date) continue
    if (amount.to !== undefined) {
      const to = startOf(amount.to)
      if (!to || date >= to) continue
    }
    // Later `from` wins; on a tie the entry listed later wins (the most recent edit).
    if (!best || from >= best.from) best = { amount, from }
  }
  return best?.amount
}

/** Monthly value of an amount whose unit is per month or per year. */
export function monthlyValue(amount: { value: number; unit: string }): number {
  return amount.unit.endsWith('-year') ? amount.value / 12 : amount.value
}

/** Round money to the fen. */
export const money = (n: number): number => Math.round(n * 100) / 100

export type ParamSource = (ref: ParamRef) => ParamLookup

/** Resolve parameters from the programme records as they stand on `date`. */
export function paramSource(programmes: readonly RuleProgramme[], date: string): ParamSource {
  const bySlug = new Map(programmes.map((p) => [p.slug, p]))
  return (ref) => {
    const record = bySlug.get(ref.programme)
    if (!record) return { ok: false, why: 'no-record', ref }
    if (!record.amounts.some((a) => a.key === ref.key)) return { ok: false, why: 'no-key', ref }
    const amount = amountInForce(record.amounts, ref.key, date)
    if (!amount) return { ok: false, why: 'no-value', ref }
    if (!ref.units.includes(amount.unit))
      return { ok: false, why: 'bad-unit', ref, unit: amount.unit }
    const used: UsedParameter = {
      programme: ref.programme,
      key: ref.key,
      value: amount.value,
      unit: amount.unit,
      from: amount.from,
      ...(amount.to === undefined ? {} : { to: amount.to }),
    }
    return { ok: true, value: amount.value, used }
  }
}
