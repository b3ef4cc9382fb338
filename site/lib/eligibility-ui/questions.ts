/**
 * The questions as data: for each step, which answer it sets, its copy keys and its options.
 * Person and disability steps are built from PERSON_FIELDS and DISABILITY_FIELDS.
 */
import {
  CHILD_ANSWERS,
  EMERGENCY_ANSWERS,
  GRADES,
  KIND_ANSWERS,
  MAX_AGE,
  MAX_INCOME,
  MAX_SIZE,
  RESIDENCE_ANSWERS,
  SITUATIONS,
  TRI,
  type Answers,
  type MemberAnswer,
} from './answers'
import type { FixedStep } from './steps'
import type { EligKey } from './strings'

export type Option = { value: string; label: EligKey }
export type ChoiceField =
  'residence' | 'child' | 'assets' | 'supporter' | 'emergency' | 'bereavement' | 'stranded'
export type ChoiceQuestion = {
  kind: 'choice'
  field: ChoiceField
  question: EligKey
  hint?: EligKey
  options: Option[]
}
export type NumberQuestion = {
  kind: 'number'
  field: 'size' | 'income'
  question: EligKey
  hint?: EligKey
  label: EligKey
  min: number
  max: number
  integer: boolean
  error: EligKey
}
export type Question = ChoiceQuestion | NumberQuestion

const unknown: Option = { value: 'unknown', label: 'elig.unknown' }
const yesNo = (yes: EligKey = 'elig.yes', no: EligKey = 'elig.no'): Option[] => [
  { value: 'yes', label: yes },
  { value: 'no', label: no },
  unknown,
]
const options = (values: readonly string[], prefix: string): Option[] =>
  values.map((v) => (v === 'unknown' ? unknown : { value: v, label: `${prefix}.${v}` as EligKey }))

export const QUESTIONS: Record<FixedStep, Question> = {
  residence: {
    kind: 'choice',
    field: 'residence',
    question: 'elig.q.residence',
    hint: 'elig.q.residence.hint',
    options: options(RESIDENCE_ANSWERS, 'elig.residence'),
  },
  size: {
    kind: 'number',
    field: 'size',
    question: 'elig.q.size',
    hint: 'elig.q.size.hint',
    label: 'elig.q.size.label',
    min: 1,
    max: MAX_SIZE,
    integer: true,
    error: 'elig.error.number',
  },
  children: {
    kind: 'choice',
    field: 'child',
    question: 'elig.q.children',
    options: options(CHILD_ANSWERS, 'elig.children'),
  },
  income: {
    kind: 'number',
    field: 'income',
    question: 'elig.q.income',
    hint: 'elig.q.income.hint',
    label: 'elig.q.income.label',
    min: 0,
    max: MAX_INCOME,
    integer: false,
    error: 'elig.error.money',
  },
  assets: {
    kind: 'choice',
    field: 'assets',
    question: 'elig.q.assets',
    hint: 'elig.q.assets.hint',
    options: yesNo('elig.assets.yes', 'elig.assets.no'),
  },
  supporter: {
    kind: 'choice',
    field: 'supporter',
    question: 'elig.q.supporter',
    hint: 'elig.q.supporter.hint',
    options: yesNo('elig.supporter.yes', 'elig.supporter.no'),
  },
  emergency: {
    kind: 'choice',
    field: 'emergency',
    question: 'elig.q.emergency',
    options: options(EMERGENCY_ANSWERS, 'elig.emergency'),
  },
  bereavement: {
    kind: 'choice',
    field: 'bereavement',
    question: 'elig.q.bereavement',
    options: yesNo(),
  },
  stranded: {
    kind: 'choice',
    field: 'stranded',
    question: 'elig.q.stranded',
    hint: 'elig.q.stranded.hint',
    options: yesNo(),
  },
}

export const AGE = { min: 0, max: MAX_AGE }
export const SITUATION_OPTIONS: Option[] = SITUATIONS.map((s) => ({
  value: s,
  label: `elig.situation.${s}` as EligKey,
}))
export const GRADE_OPTIONS: Option[] = [
  ...GRADES.map((g) => ({ value: String(g), label: `elig.grade.${g}` as EligKey })),
  unknown,
]
export const KIND_OPTIONS: Option[] = options(KIND_ANSWERS, 'elig.kind')

const CHOICES: Record<ChoiceField, readonly string[]> = {
  residence: RESIDENCE_ANSWERS,
  child: CHILD_ANSWERS,
  assets: TRI,
  supporter: TRI,
  emergency: EMERGENCY_ANSWERS,
  bereavement: TRI,
  stranded: TRI,
}

/** Set a single-choice answer; a value the question does not offer leaves the answers unchanged. */
export function withChoice(a: Answers, field: ChoiceField, value: string): Answers {
  return CHOICES[field].includes(value) ? ({ ...a, [field]: value } as Answers) : a
}

/** The radio value of the grade question as an answer ('1'…'4' or 'unknown'). */
export function gradeFrom(value: string): MemberAnswer['grade'] {
  if (value === 'unknown') return 'unknown'
  return GRADES.find((g) => String(g) === value)
}

export function kindFrom(value: string): MemberAnswer['kind'] {
  return KIND_ANSWERS.find((k) => k === value)
}

/**
 * Read a typed number: undefined for an empty box, 'invalid' for anything that is not a number
 * in range. Accepts full-width digits and thousands separators (１,２００ → 1200).
 */
export function parseNumber(
  text: string,
  q: { min: number; max: number; integer: boolean },
): number | undefined | 'invalid' {
  const clean = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '')
  if (clean === '') return undefined
  if (!/^\d+(\.\d+)?$/.test(clean)) return 'invalid'
  const n = Number(clean)
  if (q.integer && !Number.isInteger(n)) return 'invalid'
  return n < q.min || n > q.max ? 'invalid' : n
}
