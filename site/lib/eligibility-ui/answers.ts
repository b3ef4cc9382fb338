/**
 * The questionnaire's answers, as the visitor gave them. Every answer may be missing (not asked
 * yet) or 'unknown' (the visitor chose 不清楚); both reach the engine as an absent fact.
 * The zod schema validates answers restored from a shared link or from sessionStorage.
 */
import { z } from 'zod'
import { DISABILITY_KINDS } from '../eligibility/household'

export const TRI = ['yes', 'no', 'unknown'] as const
export const RESIDENCE_ANSWERS = ['kaiping-hukou', 'kaiping-resident', 'other', 'unknown'] as const
export const SITUATIONS = ['disability', 'illness', 'school', 'cannotWork'] as const
export const GRADES = [1, 2, 3, 4] as const
export const CHILD_ANSWERS = ['orphan', 'de-facto-unsupported', 'none', 'unknown'] as const
export const EMERGENCY_ANSWERS = ['disaster', 'accident', 'illness-expense', 'other', 'none', 'unknown'] as const

/** Household size the questionnaire accepts (one step per person). */
export const MAX_SIZE = 12
export const MAX_AGE = 130
export const MAX_INCOME = 10_000_000

const unknownOr = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('unknown')])

export const memberAnswerSchema = z.strictObject({
  age: unknownOr(z.number().int().min(0).max(MAX_AGE)).optional(),
  /** Which of the listed situations apply; 'none' = none of them; 'unknown' = 不清楚. */
  situations: z.union([z.array(z.enum(SITUATIONS)).min(1), z.literal('none'), z.literal('unknown')]).optional(),
  grade: unknownOr(z.union(GRADES.map((g) => z.literal(g)))).optional(),
  kind: unknownOr(z.enum(DISABILITY_KINDS)).optional(),
})

export const answersSchema = z.strictObject({
  residence: z.enum(RESIDENCE_ANSWERS).optional(),
  size: unknownOr(z.number().int().min(1).max(MAX_SIZE)).optional(),
  members: z.array(memberAnswerSchema).max(MAX_SIZE),
  income: unknownOr(z.number().min(0).max(MAX_INCOME)).optional(),
  assets: z.enum(TRI).optional(),
  supporter: z.enum(TRI).optional(),
  child: z.enum(CHILD_ANSWERS).optional(),
  emergency: z.enum(EMERGENCY_ANSWERS).optional(),
  bereavement: z.enum(TRI).optional(),
  stranded: z.enum(TRI).optional(),
})

export type Answers = z.infer<typeof answersSchema>
export type MemberAnswer = z.infer<typeof memberAnswerSchema>
export type Situation = (typeof SITUATIONS)[number]
export type Tri = (typeof TRI)[number]

export const emptyAnswers = (): Answers => ({ members: [] })

/** Valid answers, or undefined for anything else (a garbled link, an old storage format). */
export function parseAnswers(raw: unknown): Answers | undefined {
  const result = answersSchema.safeParse(raw)
  return result.success ? result.data : undefined
}

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
  current: MemberAnswer['situations'], value: Situation | 'none' | 'unknown', checked: boolean,
): MemberAnswer['situations'] {
  if (value === 'none' || value === 'unknown') return checked ? value : undefined
  const list = Array.isArray(current) ? current : []
  const next = checked ? [...new Set([...list, value])] : list.filter((s) => s !== value)
  return next.length > 0 ? SITUATIONS.filter((s) => next.includes(s)) : undefined
}
