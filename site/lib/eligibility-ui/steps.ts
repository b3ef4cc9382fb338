/**
 * Which questions are asked, in which order, for the answers given so far. Branching:
 * - one step per person (age and circumstances, and grade and kind of a 残疾人证 on the same
 *   step once it is ticked), none when the size is unknown;
 * - the children step only when someone is under 18.
 * A family of three with a disabled parent and a child answers in 12 steps.
 * The list is recomputed after every answer; the total is therefore "about".
 */
import { ADULT_AGE } from '../eligibility/statutory'
import { peopleCount, type Answers } from './answers'

export type FixedStep =
  | 'residence'
  | 'size'
  | 'children'
  | 'income'
  | 'assets'
  | 'supporter'
  | 'emergency'
  | 'bereavement'
  | 'stranded'
export type StepId = FixedStep | `person-${number}`
export type View = StepId | 'results'

const AFTER_PEOPLE: readonly FixedStep[] = [
  'income',
  'assets',
  'supporter',
  'emergency',
  'bereavement',
  'stranded',
]

export function hasChildUnder18(a: Answers): boolean {
  return a.members
    .slice(0, peopleCount(a))
    .some((m) => typeof m.age === 'number' && m.age < ADULT_AGE)
}

export function stepsFor(a: Answers): StepId[] {
  const steps: StepId[] = ['residence', 'size']
  for (let i = 0; i < peopleCount(a); i++) steps.push(`person-${i}`)
  if (hasChildUnder18(a)) steps.push('children')
  steps.push(...AFTER_PEOPLE)
  return steps
}

/** The person a person- step is about, else undefined. */
export function memberIndex(step: View): number | undefined {
  const m = /^person-(\d+)$/.exec(step)
  return m ? Number(m[1]) : undefined
}

export const isFixedStep = (step: View): step is FixedStep =>
  step !== 'results' && memberIndex(step) === undefined

export function isView(value: unknown): value is View {
  if (typeof value !== 'string') return false
  if (value === 'results') return true
  return /^(?:residence|size|children|income|assets|supporter|emergency|bereavement|stranded|person-\d{1,2})$/.test(
    value,
  )
}

/** The step after `current`, or 'results' after the last one. */
export function nextView(a: Answers, current: View): View {
  const steps = stepsFor(a)
  if (current === 'results') return 'results'
  const i = steps.indexOf(current)
  return i < 0 ? steps[0] : (steps[i + 1] ?? 'results')
}

/** The step before `current`; undefined on the first step. */
export function previousView(a: Answers, current: View): View | undefined {
  const steps = stepsFor(a)
  if (current === 'results') return steps[steps.length - 1]
  const i = steps.indexOf(current)
  return i <= 0 ? undefined : steps[i - 1]
}

/** A stored or restored view that no longer exists for these answers falls back to the first step. */
export function validView(a: Answers, view: View): View {
  return view === 'results' || stepsFor(a).includes(view) ? view : 'residence'
}

/** "Step n of about total" for the current step. */
export function progress(a: Answers, current: StepId): { n: number; total: number } {
  const steps = stepsFor(a)
  return { n: Math.max(1, steps.indexOf(current) + 1), total: steps.length }
}
