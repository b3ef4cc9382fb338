/**
 * Form controls: radio groups and checkbox groups in a <fieldset> with a <legend>, number
 * boxes with a visible <label> and a 不清楚 box. Errors are tied to the control with
 * aria-describedby and aria-invalid.
 */
import { useState, type ReactNode } from 'react'
import type { Option } from '../../lib/eligibility-ui/questions'
import { useUi } from './strings'

export const fieldId = (field: string) => `elig-${field}`
const errorId = (field: string) => `elig-${field}-error`
const hintId = (field: string) => `elig-${field}-hint`

function describedBy(field: string, hint: boolean, error: boolean): string | undefined {
  return [hint && hintId(field), error && errorId(field)].filter(Boolean).join(' ') || undefined
}

export function ErrorText({ field, message }: { field: string; message?: string }) {
  if (!message) return null
  return (
    <p className="elig-error" id={errorId(field)}>
      {message}
    </p>
  )
}

export function Hint({ field, text }: { field: string; text?: string }) {
  return text ? (
    <p className="elig-hint" id={hintId(field)}>
      {text}
    </p>
  ) : null
}

type ChoiceProps = {
  field: string
  legend: ReactNode
  /** Class of the legend: a question heading (large) or a sub-question. */
  legendClass?: string
  hint?: string
  options: Option[]
  value: string | undefined
  onChange: (value: string) => void
  error?: string
}

export function ChoiceField({
  field,
  legend,
  legendClass,
  hint,
  options,
  value,
  onChange,
  error,
}: ChoiceProps) {
  const { t } = useUi()
  return (
    <fieldset
      className={`elig-fieldset${error ? ' elig-invalid' : ''}`}
      data-field={field}
      aria-describedby={describedBy(field, !!hint, !!error)}
    >
      <legend className={legendClass}>{legend}</legend>
      <Hint field={field} text={hint} />
      <ErrorText field={field} message={error} />
      <div className="elig-options">
        {options.map((o) => (
          <div className="elig-option" key={o.value}>
            <input
              type="radio"
              id={`${fieldId(field)}-${o.value}`}
              name={field}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={`${fieldId(field)}-${o.value}`}>{t(o.label)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

type NumberProps = {
  field: string
  label: string
  unknownLabel: string
  decimal?: boolean
  value: number | 'unknown' | undefined
  parse: (text: string) => number | undefined | 'invalid'
  onChange: (value: number | 'unknown' | undefined) => void
  error?: string
}

/** A number box and a 不清楚 box; typing unticks 不清楚, ticking it empties the box. */
export function NumberField({
  field,
  label,
  unknownLabel,
  decimal,
  value,
  parse,
  onChange,
  error,
}: NumberProps) {
  const { t } = useUi()
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '')
  const type = (next: string) => {
    setText(next)
    const n = parse(next)
    onChange(typeof n === 'number' ? n : undefined)
  }
  const tick = (checked: boolean) => {
    if (checked) setText('')
    onChange(checked ? 'unknown' : undefined)
  }
  return (
    <div className={`elig-number${error ? ' elig-invalid' : ''}`} data-field={field}>
      <label className="elig-label" htmlFor={fieldId(field)}>
        {label}
      </label>
      <ErrorText field={field} message={error} />
      <input
        id={fieldId(field)}
        className="elig-input"
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => type(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(field) : undefined}
      />
      <p className="elig-or">{t('elig.or')}</p>
      <div className="elig-option">
        <input
          type="checkbox"
          id={`${fieldId(field)}-unknown`}
          checked={value === 'unknown'}
          onChange={(e) => tick(e.target.checked)}
        />
        <label htmlFor={`${fieldId(field)}-unknown`}>{unknownLabel}</label>
      </div>
    </div>
  )
}

type ChecksProps = {
  field: string
  legend: string
  options: Option[]
  /** Options that exclude all the others ("none of these", 不清楚), shown after "or". */
  exclusive: Option[]
  checked: (value: string) => boolean
  onToggle: (value: string, checked: boolean) => void
  error?: string
}

export function CheckboxesField({
  field,
  legend,
  options,
  exclusive,
  checked,
  onToggle,
  error,
}: ChecksProps) {
  const { t } = useUi()
  const box = (o: Option) => (
    <div className="elig-option" key={o.value}>
      <input
        type="checkbox"
        id={`${fieldId(field)}-${o.value}`}
        value={o.value}
        checked={checked(o.value)}
        onChange={(e) => onToggle(o.value, e.target.checked)}
      />
      <label htmlFor={`${fieldId(field)}-${o.value}`}>{t(o.label)}</label>
    </div>
  )
  return (
    <fieldset
      className={`elig-fieldset${error ? ' elig-invalid' : ''}`}
      data-field={field}
      aria-describedby={describedBy(field, false, !!error)}
    >
      <legend className="elig-sublegend">{legend}</legend>
      <ErrorText field={field} message={error} />
      <div className="elig-options">
        {options.map(box)}
        <p className="elig-or">{t('elig.or')}</p>
        {exclusive.map(box)}
      </div>
    </fieldset>
  )
}
