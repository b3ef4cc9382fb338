/**
 * Results, grouped 可能符合 / 或许符合 / 不太可能 (collapsed). Printed, the same markup becomes the
 * 申请准备单: title, date, the likely and possible programmes with their documents, the hotline.
 */
import { useMemo, type ReactNode, type Ref } from 'react'
import { evaluateFacts } from '../../lib/eligibility/core'
import type { ProgrammeResult, Status } from '../../lib/eligibility/types'
import type { Answers } from '../../lib/eligibility-ui/answers'
import type { StepId } from '../../lib/eligibility-ui/steps'
import { toHousehold } from '../../lib/eligibility-ui/household'
import type { IslandProps } from '../../lib/eligibility-ui/props'
import {
  allParameters,
  formatDate,
  groupByStatus,
  nothingFound,
  olderYears,
  todayInKaiping,
} from '../../lib/eligibility-ui/results'
import type { EligKey } from '../../lib/eligibility-ui/strings'
import { Actions } from './Actions'
import { AnswersSummary } from './AnswersSummary'
import { ProgrammeCard } from './ProgrammeCard'
import { useUi } from './strings'

type Props = IslandProps & {
  answers: Answers
  headingRef: Ref<HTMLHeadingElement>
  onEdit: () => void
  onChangeAnswer: (step: StepId) => void
  clearButton: ReactNode
}

const CANNOT: EligKey[] = [
  'elig.cannot.assets',
  'elig.cannot.deduction',
  'elig.cannot.care',
  'elig.cannot.lowIncome',
  'elig.cannot.final',
]

export function Results(props: Props) {
  const { answers, programmes, hotline, headingRef, onEdit, onChangeAnswer, clearButton } = props
  const { t, lang, list } = useUi()
  const date = todayInKaiping()
  const results = useMemo(
    () => evaluateFacts(toHousehold(answers), { date, programmes }).results,
    [answers, date, programmes],
  )
  const groups = groupByStatus(results)
  const years = olderYears(allParameters(results), date)
  const cards = (list: ProgrammeResult[], status: Status) =>
    list.map((r) => (
      <ProgrammeCard
        key={r.programme}
        result={r}
        date={date}
        links={props.links[r.programme]}
        brief={status === 'unlikely'}
      />
    ))
  const group = (status: 'likely' | 'possible') => (
    <section
      className={`elig-group elig-group-${status}${groups[status].length === 0 ? ' elig-empty' : ''}`}
      aria-labelledby={`elig-group-${status}`}
    >
      <h3 id={`elig-group-${status}`}>{t(`elig.group.${status}`)}</h3>
      <p className="elig-hint">{t(`elig.group.${status}.hint`)}</p>
      {groups[status].length > 0 ? cards(groups[status], status) : <p>{t('elig.group.none')}</p>}
    </section>
  )
  return (
    <section className="elig-results" aria-labelledby="elig-results-title">
      <div className="elig-print-only">
        <p className="elig-print-title">{t('elig.print.title')}</p>
        <p>{t('elig.print.date', { date: formatDate(date, lang) })}</p>
        <p>{t('elig.print.intro')}</p>
      </div>
      <h2 id="elig-results-title" className="elig-screen-only" ref={headingRef} tabIndex={-1}>
        {t('elig.results.title')}
      </h2>
      <p className="elig-screen-only">{t('elig.results.date', { date: formatDate(date, lang) })}</p>
      <p className="notice">{t('elig.results.disclaimer')}</p>
      <Actions onEdit={onEdit} clearButton={clearButton} />
      {nothingFound(groups) && <Nothing {...props} />}
      {group('likely')}
      {group('possible')}
      <details className="elig-unlikely">
        <summary>
          <h3>{t('elig.group.unlikely', { n: groups.unlikely.length })}</h3>
        </summary>
        <p className="elig-hint">{t('elig.group.unlikely.hint')}</p>
        {cards(groups.unlikely, 'unlikely')}
      </details>
      <AnswersSummary answers={answers} onChange={onChangeAnswer} />
      <section className="elig-cannot" aria-labelledby="elig-cannot">
        <h3 id="elig-cannot">{t('elig.cannot.title')}</h3>
        <ul>
          {CANNOT.map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
          {years.length > 0 && <li>{t('elig.cannot.rates', { year: list(years) })}</li>}
        </ul>
      </section>
      {hotline && <Hotline hotline={hotline} />}
    </section>
  )
}

function Hotline({ hotline }: { hotline: NonNullable<IslandProps['hotline']> }) {
  const { t } = useUi()
  return (
    <p className="elig-hotline">
      {t('elig.hotline')}
      {t('colon')}
      <a className="hotline" href={`tel:${hotline.number}`}>
        {hotline.number}
      </a>
      {hotline.label && <span className="elig-hint"> {hotline.label}</span>}
    </p>
  )
}

/** Nothing likely or possible: 临时救助, the charity projects and the hotline. */
function Nothing({ charity, urls, hotline }: IslandProps) {
  const { t } = useUi()
  return (
    <section className="elig-nothing notice" aria-labelledby="elig-nothing">
      <h3 id="elig-nothing">{t('elig.nothing.title')}</h3>
      <p>
        {t('elig.nothing.tempAid')} <a href={urls.tempAid}>{t('elig.nothing.tempAidLink')}</a>
      </p>
      {charity.length > 0 && (
        <>
          <p>{t('elig.nothing.charity')}</p>
          <ul>
            {charity.map((c) => (
              <li key={c.href}>
                <a href={c.href}>{c.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {t('elig.nothing.hotline')}
        {hotline && (
          <>
            {' '}
            <a className="hotline" href={`tel:${hotline.number}`}>
              {hotline.number}
            </a>
          </>
        )}
      </p>
    </section>
  )
}
