/**
 * "Your answers" on the results page: each step's question and the answer given, as copy keys,
 * so the visitor can check them and jump back to change one.
 */
import { hasSituation, type Answers, type MemberAnswer } from './answers'
import { GRADE_OPTIONS, KIND_OPTIONS, QUESTIONS, SITUATION_OPTIONS } from './questions'
import { isFixedStep, memberIndex, stepsFor, type StepId } from './steps'
import { formatMoney } from './results'
import type { EligKey } from './strings'

export type Msg = { key: EligKey; vars?: Record<string, string | number> }
export type SummaryRow = { step: StepId; question: Msg; answers: Msg[] }

const NOT_ANSWERED: Msg = { key: 'elig.summary.notAnswered' }
const UNKNOWN: Msg = { key: 'elig.unknown' }

const label = (
  options: { value: string; label: EligKey }[],
  value: string | number | undefined,
): Msg => {
  const found = options.find((o) => o.value === String(value))
  return found ? { key: found.label } : NOT_ANSWERED
}

function fixed(a: Answers, step: StepId & keyof typeof QUESTIONS): Msg[] {
  const q = QUESTIONS[step]
  const value = a[q.field]
  if (q.kind === 'choice') return [label(q.options, value)]
  if (value === 'unknown') return [UNKNOWN]
  if (typeof value !== 'number') return [NOT_ANSWERED]
  return q.field === 'size'
    ? [{ key: 'elig.summary.people', vars: { n: value } }]
    : [{ key: 'elig.summary.money', vars: { amount: formatMoney(value) } }]
}

function person(m: MemberAnswer): Msg[] {
  const age: Msg =
    m.age === 'unknown'
      ? { key: 'elig.q.age.unknown' }
      : m.age === undefined
        ? NOT_ANSWERED
        : { key: 'elig.summary.age', vars: { n: m.age } }
  const s = m.situations
  const situations: Msg[] =
    s === undefined
      ? [NOT_ANSWERED]
      : s === 'none'
        ? [{ key: 'elig.situation.none' }]
        : s === 'unknown'
          ? [UNKNOWN]
          : s.map((x) => label(SITUATION_OPTIONS, x))
  const disability = hasSituation(m, 'disability')
    ? [label(GRADE_OPTIONS, m.grade), label(KIND_OPTIONS, m.kind)]
    : []
  return [age, ...situations, ...disability]
}

export function summarize(a: Answers): SummaryRow[] {
  return stepsFor(a).map((step) => {
    if (isFixedStep(step))
      return { step, question: { key: QUESTIONS[step].question }, answers: fixed(a, step) }
    const i = memberIndex(step) ?? 0
    const m = a.members[i] ?? {}
    return {
      step,
      question:
        i === 0
          ? { key: 'elig.q.person.self' }
          : { key: 'elig.q.person.other', vars: { n: i + 1 } },
      answers: person(m),
    }
  })
}
