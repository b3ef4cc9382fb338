/** Ages. Local thresholds (高龄津贴 min-age) come from the records; legal ones from statutory.ts. */
import { met, missingParam, unknown, unmet, type Condition, type Context } from '../conditions'
import { ageCopy as m } from '../messages/age'
import { refName, type ParamRef } from '../params'
import { ADULT_AGE } from '../statutory'
import type { Member } from '../household'
import type { ConditionState } from '../types'

/** 家中有成员年满 `minAge` 周岁 (minAge is a dated parameter, e.g. gaoling-jintie.min-age). */
export const isAged = (minAge: ParamRef): Condition => ({
  id: `isAged(${refName(minAge)})`,
  test: (ctx) => {
    const p = ctx.param(minAge)
    if (!p.ok) return missingParam(p, ctx.date)
    const ages = (ctx.household.members ?? []).map((x) => x.age)
    const known = ages.filter((a): a is number => a !== undefined)
    const oldest = known.length > 0 ? Math.max(...known) : undefined
    const v = { min: p.value, oldest: oldest ?? 0 }
    if (oldest !== undefined && oldest >= p.value) return met(m.aged(v), [p.used])
    if (oldest === undefined || known.length < ages.length) return unknown(m.ageUnknown, [p.used])
    return unmet(m.notAged(v), [p.used])
  },
})

/**
 * 家中有未满18周岁的儿童 (未成年人保护法 第二条). A member of 18 or over still in school is
 * unknown: 孤儿/事实无人抚养儿童 support may continue while they study, under local rules.
 */
export const hasChild = (): Condition => ({
  id: 'hasChild',
  test: ({ household: { members } }) => {
    const v = { adult: ADULT_AGE }
    if (!members || members.length === 0) return unknown(m.ageUnknown)
    if (members.some((p) => p.age !== undefined && p.age < ADULT_AGE)) return met(m.child(v))
    if (members.some((p) => p.age === undefined)) return unknown(m.ageUnknown)
    if (members.some((p) => p.inSchool === true)) return unknown(m.studentAdult(v))
    return unmet(m.noChild(v))
  },
})

/** Whether one member counts as a child for the child-support estimates. */
export const isChild = (age: number | undefined): boolean | undefined =>
  age === undefined ? undefined : age < ADULT_AGE

/** One member: a child (孤儿 / 事实无人抚养儿童 estimates count children only). */
export const childState = (p: Member): ConditionState => {
  const child = isChild(p.age)
  return child === undefined ? 'unknown' : child ? 'met' : 'unmet'
}

/** One member: aged `minAge` or over (the 高龄津贴 estimate counts them). */
export const agedState =
  (minAge: ParamRef) =>
  (p: Member, ctx: Context): ConditionState => {
    const age = ctx.param(minAge)
    if (!age.ok || p.age === undefined) return 'unknown'
    return p.age >= age.value ? 'met' : 'unmet'
  }
