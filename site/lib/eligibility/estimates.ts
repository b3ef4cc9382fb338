/**
 * Estimates: what a household might receive, worked out only from the dated amounts in the
 * programme records. When a needed amount has no value in force, there is no estimate.
 */
import type { Context } from './conditions'
import type { CareLevel, Member } from './household'
import { CARE_LEVELS } from './values'
import { estimateCopy as m } from './messages/estimates'
import { money, monthlyValue, refName, type ParamRef } from './params'
import { householdIncome } from './predicates/income'
import type { ConditionState, Copy, UsedParameter } from './types'

export type Estimate = {
  monthly?: number
  oneOff?: number
  note: Copy
  parameters?: UsedParameter[]
}
export type Estimator = (ctx: Context) => Estimate

/** 低保补差 = 低保标准 × 人数 − 家庭月收入, never below 0. */
export const dibaoTopUp =
  (standard: ParamRef): Estimator =>
  (ctx) => {
    const s = ctx.param(standard)
    if (!s.ok) return { note: m.noParam(refName(standard), ctx.date) }
    const inc = householdIncome(ctx.household)
    if (!inc.ok) return { note: m.needIncome, parameters: [s.used] }
    const perPerson = monthlyValue(s.used)
    const result = money(Math.max(0, perPerson * inc.size - inc.income))
    const note = m.dibao({ standard: perPerson, size: inc.size, income: inc.income, result })
    return { monthly: result, note, parameters: [s.used] }
  }

/**
 * 特困供养 = 基本生活标准/12 per person in a 特困 category, + 照料护理费 of the person's
 * assessed care level when that is known and has a standard in force.
 */
export const tekunSupport =
  (
    basic: ParamRef,
    care: Record<CareLevel, ParamRef>,
    isCovered: (p: Member) => ConditionState,
  ): Estimator =>
  (ctx) => {
    const b = ctx.param(basic)
    if (!b.ok) return { note: m.noParam(refName(basic), ctx.date) }
    const people = (ctx.household.members ?? []).filter((p) => isCovered(p) !== 'unmet')
    if (people.length === 0) return { note: m.needMembers, parameters: [b.used] }
    const used = [b.used]
    const tiers = CARE_LEVELS.map((level) => ({ level, lookup: ctx.param(care[level]) }))
    let careTotal = 0
    for (const tier of tiers) {
      if (!tier.lookup.ok) continue
      const count = people.filter((p) => p.care === tier.level).length
      if (count > 0) used.push(tier.lookup.used)
      careTotal += count * monthlyValue(tier.lookup.used)
    }
    const basicMonthly = monthlyValue(b.used)
    const result = money(basicMonthly * people.length + careTotal)
    const parts = [m.tekun({ basic: basicMonthly, people: people.length, care: careTotal, result })]
    const available = tiers.flatMap((x) =>
      x.lookup.ok ? [m.careTier(x.level, monthlyValue(x.lookup.used))] : [],
    )
    if (available.length < tiers.length) parts.push(m.noCareStandard(ctx.date))
    else if (people.some((p) => !p.care)) parts.push(m.careTiers(available))
    return { monthly: result, note: join(parts), parameters: used }
  }

/**
 * A monthly (or yearly ÷ 12) amount per member who qualifies, e.g. 残疾人两项补贴 per disabled
 * member, 高龄津贴 per member over the age. Members whose state is unknown are counted, since
 * the estimate answers "if eligible, how much".
 */
export const perQualifyingMember =
  (amount: ParamRef, qualifies: (p: Member, ctx: Context) => ConditionState): Estimator =>
  (ctx) => {
    const a = ctx.param(amount)
    if (!a.ok) {
      const note =
        a.why === 'no-key'
          ? m.noAmountPublished(refName(amount))
          : m.noParam(refName(amount), ctx.date)
      return { note }
    }
    const people = (ctx.household.members ?? []).filter((p) => qualifies(p, ctx) !== 'unmet').length
    if (people === 0) return { note: m.needMembers, parameters: [a.used] }
    const each = monthlyValue(a.used)
    const result = money(each * people)
    return {
      monthly: result,
      note: m.perMember({ amount: each, people, result }),
      parameters: [a.used],
    }
  }

/** A one-off amount per case (e.g. 节地生态安葬补贴 每份骨灰). */
export const perCase =
  (amount: ParamRef): Estimator =>
  (ctx) => {
    const a = ctx.param(amount)
    if (!a.ok) return { note: m.noParam(refName(amount), ctx.date) }
    return { oneOff: a.value, note: m.perCase({ amount: a.value }), parameters: [a.used] }
  }

export function join(parts: Copy[]): Copy {
  return {
    'zh-CN': parts.map((p) => p['zh-CN']).join('；'),
    'zh-Hant': parts.map((p) => p['zh-Hant']).join('；'),
    en: parts.map((p) => p.en).join('; '),
  }
}
