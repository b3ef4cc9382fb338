/**
 * Answers → the engine's Household. Only answers on the current path count: a disability grade
 * given before the visitor unticked 残疾人证, members beyond the size, or a child answer when
 * nobody is under 18 any more are ignored. 'unknown' and unanswered both become absent fields.
 */
import type { Household, Member } from '../eligibility/household'
import { hasSituation, peopleCount, type Answers, type MemberAnswer, type Tri } from './answers'
import { hasChildUnder18 } from './steps'

const yesNo = (v: Tri | undefined): boolean | undefined =>
  v === 'yes' ? true : v === 'no' ? false : undefined

/** Drop undefined values so the household reads like hand-written JSON (absent = unknown). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/**
 * A 残疾人证 with an unknown grade or kind cannot be given to the engine (it needs both), so the
 * member's disability is then unknown rather than guessed.
 */
function disabilityOf(m: MemberAnswer): Member['disability'] {
  if (m.situations === undefined || m.situations === 'unknown') return undefined
  if (!hasSituation(m, 'disability')) return null
  if (typeof m.grade !== 'number' || m.kind === undefined || m.kind === 'unknown') return undefined
  return { grade: m.grade, kind: m.kind }
}

export function toMember(m: MemberAnswer): Member {
  const known = m.situations !== undefined && m.situations !== 'unknown'
  return compact({
    age: typeof m.age === 'number' ? m.age : undefined,
    canWork: known ? !hasSituation(m, 'cannotWork') : undefined,
    seriousIllness: known ? hasSituation(m, 'illness') : undefined,
    inSchool: known ? hasSituation(m, 'school') : undefined,
    disability: disabilityOf(m),
  })
}

export function toHousehold(a: Answers): Household {
  const members =
    typeof a.size === 'number'
      ? Array.from({ length: peopleCount(a) }, (_, i) => toMember(a.members[i] ?? {}))
      : undefined
  const child = hasChildUnder18(a) ? a.child : undefined
  return compact({
    residence: a.residence === 'unknown' ? undefined : a.residence,
    members,
    monthlyIncome: typeof a.income === 'number' ? a.income : undefined,
    assetsWithinLimit: yesNo(a.assets),
    hasAbleSupporter: yesNo(a.supporter),
    childCircumstance: child === 'none' ? null : child === 'unknown' ? undefined : child,
    emergency: a.emergency === 'none' ? null : a.emergency === 'unknown' ? undefined : a.emergency,
    bereavement: yesNo(a.bereavement),
    stranded: yesNo(a.stranded),
  })
}
