/**
 * Which answers a step still needs before "continue". Every question has a 不清楚 option, so
 * an answer is always possible; nothing is guessed for the visitor.
 */
import { hasSituation, type Answers } from './answers'
import { AGE, QUESTIONS } from './questions'
import { isFixedStep, memberIndex, stepsFor, type StepId, type View } from './steps'
import type { EligKey } from './strings'

/** `field` is also the suffix of the input's DOM id (elig-<field>), so focus can go to it. */
export type FieldError = { field: string; message: EligKey; vars?: Record<string, number> }

export function stepErrors(a: Answers, step: StepId): FieldError[] {
  if (isFixedStep(step)) {
    const q = QUESTIONS[step]
    if (a[q.field] !== undefined) return []
    return q.kind === 'number'
      ? [{ field: q.field, message: q.error, vars: { min: q.min, max: q.max } }]
      : [{ field: q.field, message: 'elig.error.choose' }]
  }
  const i = memberIndex(step)
  if (i !== undefined) {
    const m = a.members[i] ?? {}
    const errors: FieldError[] = []
    if (m.age === undefined)
      errors.push({ field: `age-${i}`, message: 'elig.error.number', vars: AGE })
    if (m.situations === undefined)
      errors.push({ field: `situations-${i}`, message: 'elig.error.situations' })
    // grade and kind are asked on the same step once a 残疾人证 is ticked
    if (hasSituation(m, 'disability')) {
      if (m.grade === undefined) errors.push({ field: `grade-${i}`, message: 'elig.error.choose' })
      if (m.kind === undefined) errors.push({ field: `kind-${i}`, message: 'elig.error.choose' })
    }
    return errors
  }
  return []
}

/**
 * After changing one answer from the results page: the next step that still needs an answer
 * (a new branch, e.g. a disability step), else straight back to the results.
 */
export function nextAfterChange(a: Answers, current: StepId): View {
  const steps = stepsFor(a)
  const later = steps.slice(steps.indexOf(current) + 1)
  return later.find((s) => stepErrors(a, s).length > 0) ?? 'results'
}
