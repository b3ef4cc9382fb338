/** "Your answers": every question asked and the answer given, each with a change button. */
import type { Answers } from '../../lib/eligibility-ui/answers'
import type { StepId } from '../../lib/eligibility-ui/steps'
import { summarize, type Msg } from '../../lib/eligibility-ui/summary'
import { useUi } from './strings'

type Props = { answers: Answers; onChange: (step: StepId) => void }

export function AnswersSummary({ answers, onChange }: Props) {
  const { t } = useUi()
  const say = (m: Msg) => t(m.key, m.vars)
  return (
    <details className="elig-summary">
      <summary>
        <h3>{t('elig.summary.title')}</h3>
      </summary>
      <dl>
        {summarize(answers).map((row) => (
          <div className="elig-summary-row" key={row.step}>
            <dt>{say(row.question)}</dt>
            <dd>
              <span>{row.answers.map(say).join('；')}</span>
              <button
                type="button"
                className="elig-button elig-quiet"
                onClick={() => onChange(row.step)}
                aria-label={t('elig.summary.changeLabel', { question: say(row.question) })}
              >
                {t('elig.summary.change')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
