/**
 * The question(s) of one step. Single questions: a <fieldset> whose <legend> holds the step's
 * <h2>. Person steps: an <h2>, then one fieldset or labelled box per fact; grade and kind of a
 * 残疾人证 appear under the circumstances as soon as that box is ticked (no extra step).
 */
import type { ReactNode, Ref } from 'react'
import {
  hasSituation,
  toggleSituation,
  withMember,
  type Answers,
  type MemberAnswer,
  type Situation,
} from '../../lib/eligibility-ui/answers'
import {
  AGE,
  GRADE_OPTIONS,
  gradeFrom,
  KIND_OPTIONS,
  kindFrom,
  parseNumber,
  QUESTIONS,
  SITUATION_OPTIONS,
  withChoice,
  type Question,
} from '../../lib/eligibility-ui/questions'
import { isFixedStep, memberIndex, type StepId } from '../../lib/eligibility-ui/steps'
import type { FieldError } from '../../lib/eligibility-ui/validate'
import { ChoiceField, CheckboxesField, Hint, NumberField } from './fields'
import { useUi } from './strings'

type Props = {
  step: StepId
  answers: Answers
  onChange: (a: Answers) => void
  errors: FieldError[]
  headingRef: Ref<HTMLHeadingElement>
}

export function StepBody({ step, answers, onChange, errors, headingRef }: Props) {
  const { t } = useUi()
  const errorOf = (field: string) => {
    const e = errors.find((x) => x.field === field)
    return e ? t(e.message, e.vars) : undefined
  }
  const heading = (text: string) => (
    <h2 className="elig-question" ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  )
  if (isFixedStep(step))
    return (
      <Single
        q={QUESTIONS[step]}
        answers={answers}
        onChange={onChange}
        error={errorOf(QUESTIONS[step].field)}
        heading={heading}
      />
    )

  const i = memberIndex(step) ?? 0
  const m: MemberAnswer = answers.members[i] ?? {}
  const set = (patch: Partial<MemberAnswer>) => onChange(withMember(answers, i, { ...m, ...patch }))
  const n = i + 1
  return (
    <>
      {heading(i === 0 ? t('elig.q.person.self') : t('elig.q.person.other', { n }))}
      <Hint field={`person-${i}`} text={t('elig.q.person.hint')} />
      <NumberField
        field={`age-${i}`}
        label={t('elig.q.age')}
        unknownLabel={t('elig.q.age.unknown')}
        value={m.age}
        parse={(s) => parseNumber(s, { ...AGE, integer: true })}
        onChange={(age) => set({ age })}
        error={errorOf(`age-${i}`)}
      />
      <CheckboxesField
        field={`situations-${i}`}
        legend={t('elig.q.situations')}
        options={SITUATION_OPTIONS}
        exclusive={[
          { value: 'none', label: 'elig.situation.none' },
          { value: 'unknown', label: 'elig.unknown' },
        ]}
        checked={(v) =>
          m.situations === v ||
          (Array.isArray(m.situations) && m.situations.includes(v as Situation))
        }
        onToggle={(v, on) =>
          set({
            situations: toggleSituation(m.situations, v as Situation | 'none' | 'unknown', on),
          })
        }
        error={errorOf(`situations-${i}`)}
      />
      {hasSituation(m, 'disability') && (
        <>
          <Hint field={`disability-${i}`} text={t('elig.q.disability.hint')} />
          <ChoiceField
            field={`grade-${i}`}
            legend={t('elig.q.grade')}
            legendClass="elig-sublegend"
            options={GRADE_OPTIONS}
            value={m.grade === undefined ? undefined : String(m.grade)}
            error={errorOf(`grade-${i}`)}
            onChange={(v) => set({ grade: gradeFrom(v) })}
          />
          <ChoiceField
            field={`kind-${i}`}
            legend={t('elig.q.kind')}
            legendClass="elig-sublegend"
            options={KIND_OPTIONS}
            value={m.kind}
            error={errorOf(`kind-${i}`)}
            onChange={(v) => set({ kind: kindFrom(v) })}
          />
        </>
      )}
    </>
  )
}

type SingleProps = {
  q: Question
  answers: Answers
  onChange: (a: Answers) => void
  error?: string
  heading: (text: string) => ReactNode
}

function Single({ q, answers, onChange, error, heading }: SingleProps) {
  const { t } = useUi()
  const hint = q.hint ? t(q.hint) : undefined
  if (q.kind === 'choice') {
    const value = answers[q.field]
    return (
      <ChoiceField
        field={q.field}
        legend={heading(t(q.question))}
        legendClass="elig-legend"
        hint={hint}
        options={q.options}
        value={value}
        error={error}
        onChange={(v) => onChange(withChoice(answers, q.field, v))}
      />
    )
  }
  return (
    <fieldset
      className="elig-fieldset"
      aria-describedby={hint ? `elig-${q.field}-hint` : undefined}
    >
      <legend className="elig-legend">{heading(t(q.question))}</legend>
      <Hint field={q.field} text={hint} />
      <NumberField
        field={q.field}
        label={t(q.label)}
        unknownLabel={t('elig.unknown')}
        decimal={!q.integer}
        value={answers[q.field]}
        parse={(s) => parseNumber(s, q)}
        error={error}
        onChange={(v) => onChange({ ...answers, [q.field]: v })}
      />
    </fieldset>
  )
}
