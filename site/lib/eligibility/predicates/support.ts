/**
 * Family support and capacity to work — the 特困 conditions of 《社会救助暂行办法》第十四条
 * and 《特困人员认定办法》(民发〔2021〕43号) 第五、六条.
 */
import { met, unknown, unmet, type Condition } from '../conditions'
import type { Member } from '../household'
import { supportCopy as m } from '../messages/support'
import { ELDERLY_AGE, TEKUN_DISABILITY_MAX_GRADE, TEKUN_MINOR_AGE_BELOW } from '../statutory'
import type { ConditionState } from '../types'

/** 无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力. */
export const hasNoAbleSupporter = (): Condition => ({
  id: 'hasNoAbleSupporter',
  test: ({ household: { hasAbleSupporter } }) => {
    if (hasAbleSupporter === undefined) return unknown(m.supporterUnknown)
    return hasAbleSupporter ? unmet(m.hasSupporter) : met(m.noSupporter)
  },
})

type WorkCapacity = ConditionState | 'other'

/**
 * Whether one person counts as 无劳动能力 (认定办法 第六条): met for 60+, under 16 or a listed
 * disability grade; 'other' when they cannot work or are seriously ill but are outside those
 * categories (left to 省规定的其他情形, so unknown); unmet when age and disability are known and
 * outside every category.
 */
export function workCapacityOf(p: Member): WorkCapacity {
  if (p.age !== undefined && (p.age >= ELDERLY_AGE || p.age < TEKUN_MINOR_AGE_BELOW)) return 'met'
  const maxGrade = p.disability ? TEKUN_DISABILITY_MAX_GRADE[p.disability.kind] : undefined
  if (p.disability && maxGrade !== undefined && p.disability.grade <= maxGrade) return 'met'
  if (p.age === undefined) return 'unknown'
  if (p.canWork === false || p.seriousIllness === true) return 'other'
  return p.disability === undefined ? 'unknown' : 'unmet'
}

/** Whether one person falls in a 特困 category (for counting people in the estimate). */
export const isTekunCategory = (p: Member): ConditionState => {
  const c = workCapacityOf(p)
  return c === 'other' ? 'unknown' : c
}

/** 无劳动能力: at least one member (the applicant) is in a 特困 category. */
export const isUnableToWork = (): Condition => ({
  id: 'isUnableToWork',
  test: ({ household: { members } }) => {
    if (!members || members.length === 0) return unknown(m.workUnknown)
    const states = members.map(workCapacityOf)
    if (states.includes('met')) return met(m.unableToWork)
    if (states.includes('other')) return unknown(m.otherSituation)
    if (states.includes('unknown')) return unknown(m.workUnknown)
    return unmet(m.ableToWork)
  },
})
