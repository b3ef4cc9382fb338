/**
 * Household facts: the input of the engine. Every field may be absent, which means "unknown".
 * `null` is accepted for the same meaning on plain facts (age, income, yes/no answers), while
 * for `disability`, `childCircumstance` and `emergency` null means "none".
 */
import { z } from 'zod'
import { isIsoDate } from './dates'
import {
  CARE_LEVELS,
  CHILD_CIRCUMSTANCES,
  DISABILITY_KINDS,
  EMERGENCIES,
  RESIDENCE,
} from './values'

export { CARE_LEVELS, CHILD_CIRCUMSTANCES, DISABILITY_KINDS, EMERGENCIES, RESIDENCE }

const fact = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined)
const yesNo = fact(z.boolean())

export const disabilitySchema = z.strictObject({
  grade: z.number().int().min(1).max(4),
  kind: z.enum(DISABILITY_KINDS),
})

export const memberSchema = z.strictObject({
  age: fact(z.number().int().min(0).max(130)),
  canWork: yesNo,
  seriousIllness: yesNo,
  inSchool: yesNo,
  /** null = no disability certificate; absent = unknown. */
  disability: disabilitySchema.nullable().optional(),
  /** 特困 care assessment (全自理 / 半自理 / 全护理), when one has been made. */
  care: z.enum(CARE_LEVELS).nullable().optional(),
})

export const householdSchema = z.strictObject({
  date: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD').optional(),
  residence: fact(z.enum(RESIDENCE)),
  members: z.array(memberSchema).optional(),
  /** The whole household's income, 元 per month. */
  monthlyIncome: fact(z.number().min(0)),
  /** The household's own statement that its assets are within the local limits. */
  assetsWithinLimit: yesNo,
  /** 有履行能力的法定赡养、抚养、扶养义务人. */
  hasAbleSupporter: yesNo,
  childCircumstance: z.enum(CHILD_CIRCUMSTANCES).nullable().optional(),
  emergency: z.enum(EMERGENCIES).nullable().optional(),
  bereavement: yesNo,
  stranded: yesNo,
})

export type Household = z.output<typeof householdSchema>
export type HouseholdInput = z.input<typeof householdSchema>
export type Member = z.output<typeof memberSchema>
export type Disability = z.output<typeof disabilitySchema>
export type DisabilityKind = (typeof DISABILITY_KINDS)[number]
export type CareLevel = (typeof CARE_LEVELS)[number]

export type HouseholdProblem = { field: string; message: string }

/** Raised by parseHousehold; `problems` names every wrong field. */
export class HouseholdError extends Error {
  constructor(public problems: HouseholdProblem[]) {
    super('invalid household:\n' + problems.map((p) => `  ${p.field}: ${p.message}`).join('\n'))
    this.name = 'HouseholdError'
  }
}

/** "members.0.age" style path, rooted at "household". */
function fieldName(path: readonly PropertyKey[]): string {
  return ['household', ...path.map((p) => String(p))].join('.')
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  }
  return issue.message
}

/** Validate raw input (e.g. parsed JSON). Throws HouseholdError naming each bad field. */
export function parseHousehold(raw: unknown): Household {
  const result = householdSchema.safeParse(raw)
  if (result.success) return result.data
  throw new HouseholdError(
    result.error.issues.map((issue) => ({
      field: fieldName(issue.path),
      message: describe(issue),
    })),
  )
}
