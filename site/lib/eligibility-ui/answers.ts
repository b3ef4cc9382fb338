/**
 * The questionnaire's answers, as the visitor gave them. Every answer may be missing (not asked
 * yet) or 'unknown' (the visitor chose 不清楚); both reach the engine as an absent fact.
 * Plain TypeScript (no zod): this runs in the browser and should stay small.
 */
import { DISABILITY_KINDS } from '../eligibility/values'

export const TRI = ['yes', 'no', 'unknown'] as const
export const RESIDENCE_ANSWERS = ['kaiping-hukou', 'kaiping-resident', 'other', 'unknown'] as const
export const SITUATIONS = ['disability', 'illness', 'school', 'cannotWork'] as const
export const GRADES = [1, 2, 3, 4] as const
export const KIND_ANSWERS = [...DISABILITY_KINDS, 'unknown'] as const
export const CHILD_ANSWERS = ['orphan', 'de-facto-unsupported', 'none', 'unknown'] as const
export const EMERGENCY_ANSWERS = [
  'disaster',
  'accident',
  'illness-expense',
  'other',
  'none',
  'unknown',
] as const

/** Household size the questionnaire accepts (one step per person). */
export const MAX_SIZE = 12
export const MAX_AGE = 130
export const MAX_INCOME = 10_000_000

export type Tri = (typeof TRI)[number]
export type Situation = (typeof SITUATIONS)[number]
export type Grade = (typeof GRADES)[number]
type Unknown = 'unknown'

export type MemberAnswer = {
  age?: number | Unknown
  /** Which of the listed situations apply; 'none' = none of them; 'unknown' = 不清楚. */
  situations?: Situation[] | 'none' | Unknown
  grade?: Grade | Unknown
  kind?: (typeof KIND_ANSWERS)[number]
}

export type Answers = {
  residence?: (typeof RESIDENCE_ANSWERS)[number]
  size?: number | Unknown
  members: MemberAnswer[]
  income?: number | Unknown
  assets?: Tri
  supporter?: Tri
  child?: (typeof CHILD_ANSWERS)[number]
  emergency?: (typeof EMERGENCY_ANSWERS)[number]
  bereavement?: Tri
  stranded?: Tri
}

export const emptyAnswers = (): Answers => ({ members: [] })

/**
 * Number of people to ask about: the size; none when the visitor does not know it (the engine
 * then gets no members at all, not a wrong household size); one while it is not answered yet.
 */
export function peopleCount(a: Answers): number {
  if (a.size === 'unknown') return 0
  return a.size ?? 1
}

/** Answers with member `i` replaced (the list grows as needed). */
export function withMember(a: Answers, i: number, member: MemberAnswer): Answers {
  const members = [...a.members]
  while (members.length <= i) members.push({})
  members[i] = member
  return { ...a, members }
}

export const hasSituation = (m: MemberAnswer | undefined, s: Situation): boolean =>
  Array.isArray(m?.situations) && m.situations.includes(s)

/**
 * Tick or untick one box of the situations question. "None of these" and 不清楚 exclude every
 * other box; unticking the last box leaves the question unanswered.
 */
export function toggleSituation(
  current: MemberAnswer['situations'],
  value: Situation | 'none' | 'unknown',
  checked: boolean,
): MemberAnswer['situations'] {
  if (value === 'none' || value === 'unknown') return checked ? value : undefined
  const list = Array.isArray(current) ? current : []
  const next = checked ? [...list, value] : list.filter((s) => s !== value)
  return next.length > 0 ? SITUATIONS.filter((s) => next.includes(s)) : undefined
}
