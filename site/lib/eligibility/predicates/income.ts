/**
 * Income and assets. Household income is the whole household's, 元 per month; the 低保
 * standard is per person per month (社会救助暂行办法 第九条: 人均收入低于当地最低生活保障标准).
 */
import {
  met,
  missingParam,
  unknown,
  unmet,
  type Condition,
  type Context,
  type Outcome,
} from '../conditions'
import type { Household } from '../household'
import { incomeCopy as m } from '../messages/income'
import { monthlyValue, refName, type ParamRef } from '../params'
import type { Copy, UsedParameter } from '../types'

type Income = { ok: true; income: number; size: number } | { ok: false; reason: Copy }

/** The household's total monthly income and size, if both are known. */
export function householdIncome(h: Household): Income {
  if (!h.members || h.members.length === 0) return { ok: false, reason: m.noMembers }
  if (h.monthlyIncome === undefined) return { ok: false, reason: m.noIncome }
  return { ok: true, income: h.monthlyIncome, size: h.members.length }
}

type Compared = {
  below: boolean
  perCapita: number
  line: number
  used: UsedParameter[]
  outdated?: string
}

/**
 * A standard carried forward past the year it was set (no newer value, no end date) may have
 * been raised since: the plan requires the 低保 standard to grow every year. Being below the
 * old line still proves being below the new one; being above it proves nothing.
 */
export function carriedForwardYear(used: UsedParameter, date: string): string | undefined {
  const year = used.from.slice(0, 4)
  return used.to === undefined && date.slice(0, 4) > year ? year : undefined
}

/** Compare income per person with a monthly per-person line; an Outcome when that cannot be done. */
function compare(ctx: Context, standard: ParamRef, multiple?: ParamRef): Compared | Outcome {
  const s = ctx.param(standard)
  if (!s.ok) return missingParam(s, ctx.date)
  const used = [s.used]
  let factor = 1
  if (multiple) {
    const k = ctx.param(multiple)
    if (!k.ok) return unknown(m.noMultiple(ctx.date), used)
    factor = k.value
    used.push(k.used)
  }
  const inc = householdIncome(ctx.household)
  if (!inc.ok) return unknown(inc.reason, used)
  const line = monthlyValue(s.used) * factor
  // Compare totals, not per-person figures, so 2699 / 3 people is exactly "below 900".
  return {
    below: inc.income < line * inc.size,
    perCapita: inc.income / inc.size,
    line,
    used,
    outdated: carriedForwardYear(s.used, ctx.date),
  }
}

const isOutcome = (x: Compared | Outcome): x is Outcome => 'state' in x

/** 家庭人均月收入低于 standard (the 低保标准). Exactly at the standard is not below. */
export const perCapitaIncomeBelow = (standard: ParamRef): Condition => ({
  id: `perCapitaIncomeBelow(${refName(standard)})`,
  test: (ctx) => {
    const c = compare(ctx, standard)
    if (isOutcome(c)) return c
    if (c.below) return met(m.belowDibao(c), c.used)
    return c.outdated
      ? unknown(m.aboveOutdatedStandard({ ...c, year: c.outdated }), c.used)
      : unmet(m.notBelowDibao(c), c.used)
  },
})

/** 家庭人均月收入不低于 standard: the household is above the 低保 line (低保边缘 is for them). */
export const perCapitaIncomeNotBelow = (standard: ParamRef): Condition => ({
  id: `perCapitaIncomeNotBelow(${refName(standard)})`,
  test: (ctx) => {
    const c = compare(ctx, standard)
    if (isOutcome(c)) return c
    if (c.below) return unmet(m.belowDibaoApplyDibao(c), c.used)
    return c.outdated
      ? unknown(m.aboveOutdatedStandard({ ...c, year: c.outdated }), c.used)
      : met(m.notBelowDibao(c), c.used)
  },
})

/** 家庭人均月收入低于 multiple × standard (低收入/低保边缘 line). Unknown while no multiple is published. */
export const perCapitaIncomeBelowMultiple = (
  multiple: ParamRef,
  standard: ParamRef,
): Condition => ({
  id: `perCapitaIncomeBelowMultiple(${refName(multiple)}, ${refName(standard)})`,
  test: (ctx) => {
    const c = compare(ctx, standard, multiple)
    if (isOutcome(c)) return c
    const v = { ...c, multiple: c.line / monthlyValue(c.used[0]) }
    if (c.below) return met(m.belowLowIncomeLine(v), c.used)
    return c.outdated
      ? unknown(m.aboveOutdatedStandard({ ...c, year: c.outdated }), c.used)
      : unmet(m.notBelowLowIncomeLine(v), c.used)
  },
})

/**
 * How far above the 低保 standard the income-deduction route may still lead to "possible": the
 * plan lets such households deduct *part* of their income but publishes no amounts, so this
 * tool assumes no deduction exceeds one 低保 standard per person — income per person at twice
 * the standard or more stays "unlikely" however much is deducted. A tool bound, not a rule:
 * the copy says so (messages/income.ts), and a caseworker can still be asked.
 */
export const DEDUCTION_BOUND_MULTIPLE = 2

/**
 * 对高龄、残疾、重病等特殊困难群体申请低保抵扣收入 (Kaiping 14th plan, 第一章 一). The deduction
 * amounts are not published to us, so this is never "met": unknown when such a member is
 * present and income per person is below DEDUCTION_BOUND_MULTIPLE × `standard` (or cannot be
 * compared), unmet at or above that bound and when the household has no such member.
 * 高龄 uses the same age as the 高龄津贴 (`oldAge`).
 */
export const incomeDeductionMayApply = (oldAge: ParamRef, standard: ParamRef): Condition => ({
  id: `incomeDeductionMayApply(${refName(oldAge)}, ${refName(standard)})`,
  test: (ctx) => {
    const members = ctx.household.members
    if (!members || members.length === 0) return unknown(m.deductionUnknown)
    const age = ctx.param(oldAge)
    const used = age.ok ? [age.used] : []
    let group = false
    let undecided = false
    for (const p of members) {
      const old = p.age === undefined || !age.ok ? undefined : p.age >= age.value
      if (p.disability || p.seriousIllness === true || old === true) group = true
      else if (p.disability === undefined || p.seriousIllness === undefined || old === undefined)
        undecided = true
    }
    if (!group)
      return undecided ? unknown(m.deductionUnknown, used) : unmet(m.noDeductionGroup, used)
    const bound = deductionBound(ctx, standard)
    if (!bound) return unknown(m.deductionMayApply(DEDUCTION_BOUND_MULTIPLE), used)
    const v = { ...bound, multiple: DEDUCTION_BOUND_MULTIPLE }
    return bound.beyond
      ? unmet(m.deductionBeyondBound(v), [...used, bound.used])
      : unknown(m.deductionWithinBound(v), [...used, bound.used])
  },
})

/** Income per person against the bound; undefined when it cannot be compared (or the standard is out of date). */
function deductionBound(ctx: Context, standard: ParamRef) {
  const s = ctx.param(standard)
  const inc = householdIncome(ctx.household)
  if (!s.ok || !inc.ok || carriedForwardYear(s.used, ctx.date)) return undefined
  const line = monthlyValue(s.used)
  return {
    beyond: inc.income >= DEDUCTION_BOUND_MULTIPLE * line * inc.size,
    perCapita: inc.income / inc.size,
    line,
    used: s.used,
  }
}

/** 家庭财产符合当地规定 — the household's own statement; limits are not published to us. */
export const assetsWithinLimit = (): Condition => ({
  id: 'assetsWithinLimit',
  test: ({ household: { assetsWithinLimit: ok } }) => {
    if (ok === undefined) return unknown(m.assetsUnknown)
    return ok ? met(m.assetsOk) : unmet(m.assetsOver)
  },
})
