/**
 * Disability (第二代残疾人证: grade 1 = most severe … 4). Basis for the two subsidies:
 * 《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》(国发〔2015〕52号).
 */
import { met, unknown, unmet, type Condition } from '../conditions'
import type { Household, Member } from '../household'
import { disabilityCopy as m } from '../messages/disability'
import { CARE_SUBSIDY_POSSIBLE_KINDS, SEVERE_DISABILITY_MAX_GRADE } from '../statutory'
import type { ConditionState } from '../types'

/** One member: holds a disability certificate (any grade). */
export const disabledState = (p: Member): ConditionState =>
  p.disability === undefined ? 'unknown' : p.disability === null ? 'unmet' : 'met'

/**
 * One member: counts for 重度残疾人护理补贴. Grade 1–2 of any kind: met. Grade 3–4 intellectual
 * or mental: unknown (national rule allows extension; Kaiping's choice not confirmed). Other: unmet.
 */
export function severeState(p: Member): ConditionState {
  if (p.disability === undefined) return 'unknown'
  if (p.disability === null) return 'unmet'
  if (p.disability.grade <= SEVERE_DISABILITY_MAX_GRADE) return 'met'
  return CARE_SUBSIDY_POSSIBLE_KINDS.includes(p.disability.kind) ? 'unknown' : 'unmet'
}

function someMember(h: Household, state: (p: Member) => ConditionState): ConditionState {
  const states = (h.members ?? []).map(state)
  if (states.includes('met')) return 'met'
  if (states.length === 0 || states.includes('unknown')) return 'unknown'
  return 'unmet'
}

/** 家中有持证残疾人 (any grade, any kind). */
export const hasDisability = (): Condition => ({
  id: 'hasDisability',
  test: ({ household }) => {
    const s = someMember(household, disabledState)
    return s === 'met'
      ? met(m.disabled)
      : s === 'unmet'
        ? unmet(m.notDisabled)
        : unknown(m.disabilityUnknown)
  },
})

/** 家中有重度残疾人: 一、二级 (三、四级智力、精神 → unknown, see statutory.ts). */
export const hasSevereDisability = (): Condition => ({
  id: 'hasSevereDisability',
  test: ({ household }) => {
    const s = someMember(household, severeState)
    if (s === 'met') return met(m.severe)
    if (s === 'unmet') {
      const anyDisabled = (household.members ?? []).some((p) => p.disability)
      return unmet(anyDisabled ? m.notSevere : m.notDisabled)
    }
    const maybe = (household.members ?? []).some(
      (p) => p.disability && severeState(p) === 'unknown',
    )
    return unknown(maybe ? m.intellectualOrMental34 : m.disabilityUnknown)
  },
})
