/**
 * What a condition is, and the two ways to combine them. A condition is a named predicate a
 * caseworker can read ("perCapitaIncomeBelow(dibao.standard)"); evaluating it gives met /
 * unmet / unknown with a plain-language reason in three locales.
 */
import type { Household } from './household'
import { groupCopy, type GroupId } from './messages/composite'
import { paramCopy } from './messages/params'
import { refName, type ParamLookup, type ParamSource } from './params'
import type { ConditionResult, ConditionState, Copy, UsedParameter } from './types'

export type Context = { household: Household; date: string; param: ParamSource }

export type Outcome = {
  state: ConditionState
  reason: Copy
  parameters?: UsedParameter[]
  combine?: 'allOf' | 'anyOf'
  conditions?: ConditionResult[]
}

export type Condition = { id: string; test: (ctx: Context) => Outcome }

export const met = (reason: Copy, parameters?: UsedParameter[]): Outcome => ({
  state: 'met',
  reason,
  ...(parameters ? { parameters } : {}),
})
export const unmet = (reason: Copy, parameters?: UsedParameter[]): Outcome => ({
  state: 'unmet',
  reason,
  ...(parameters ? { parameters } : {}),
})
export const unknown = (reason: Copy, parameters?: UsedParameter[]): Outcome => ({
  state: 'unknown',
  reason,
  ...(parameters ? { parameters } : {}),
})

/** The condition is unknown because a parameter has no value in force on the date. */
export function missingParam(lookup: Extract<ParamLookup, { ok: false }>, date: string): Outcome {
  return unknown(paramCopy.missing(refName(lookup.ref), lookup.why, date, lookup.unit))
}

export function check(condition: Condition, ctx: Context): ConditionResult {
  return { id: condition.id, ...condition.test(ctx) }
}

/** Combine states: any unmet → unmet, else any unknown → unknown, else met. */
export function allStates(states: readonly ConditionState[]): ConditionState {
  if (states.includes('unmet')) return 'unmet'
  if (states.includes('unknown')) return 'unknown'
  return 'met'
}

/** Combine states: any met → met, else any unknown → unknown, else unmet. */
export function anyState(states: readonly ConditionState[]): ConditionState {
  if (states.includes('met')) return 'met'
  if (states.includes('unknown')) return 'unknown'
  return 'unmet'
}

function group(kind: 'allOf' | 'anyOf', id: GroupId, parts: readonly Condition[]): Condition {
  return {
    id,
    test: (ctx) => {
      const conditions = parts.map((p) => check(p, ctx))
      const states = conditions.map((c) => c.state)
      const state = kind === 'allOf' ? allStates(states) : anyState(states)
      return { state, reason: groupCopy[id][state], combine: kind, conditions }
    },
  }
}

/** Met when every part is met (a named group, e.g. isDibaoFamily). */
export const allOf = (id: GroupId, parts: readonly Condition[]): Condition =>
  group('allOf', id, parts)

/** Met when at least one part is met (e.g. "低保家庭 or 低收入家庭"). */
export const anyOf = (id: GroupId, parts: readonly Condition[]): Condition =>
  group('anyOf', id, parts)
