/**
 * One programme in the results: name (linked), why (each condition with icon and text), the
 * estimate with the year of its figures, notes, a documents checklist, where to apply, links.
 * `brief` (unlikely programmes): name, why and links only.
 */
import type { ConditionResult, ProgrammeResult } from '../../lib/eligibility/types'
import type { ProgrammeLinks } from '../../lib/eligibility-ui/props'
import { formatMoney, olderYears } from '../../lib/eligibility-ui/results'
import { pluralSuffix, yearsOld } from '../../lib/figureAge'
import { useUi } from './strings'

type Props = { result: ProgrammeResult; date: string; links?: ProgrammeLinks; brief: boolean }

const ICON = { met: '✓', unmet: '✗', unknown: '?' } as const

export function ProgrammeCard({ result: r, date, links, brief }: Props) {
  const { t, text } = useUi()
  const yearNote = useYearNote()
  const id = `elig-p-${r.programme}`
  const years = olderYears(r.estimateParameters, date)
  const amount =
    r.monthlyEstimate !== undefined
      ? t('elig.estimate.monthly', { amount: formatMoney(r.monthlyEstimate) })
      : r.oneOffEstimate !== undefined
        ? t('elig.estimate.oneOff', { amount: formatMoney(r.oneOffEstimate) })
        : undefined
  return (
    <article className={`elig-card elig-card-${r.status}`} aria-labelledby={id}>
      <h4 id={id}>{links ? <a href={links.href}>{text(r.name)}</a> : text(r.name)}</h4>
      {(amount || r.estimateNote) && (
        <div className="elig-estimate">
          {amount && (
            <p>
              <span className="elig-estimate-label">
                {t('elig.estimate')}
                {t('colon')}
              </span>
              <strong>{amount}</strong>
            </p>
          )}
          {r.estimateNote && <p className="elig-small">{text(r.estimateNote)}</p>}
          {amount && years.length > 0 && (
            <p className="elig-year">{yearNote('elig.estimate.yearAge', years, date)}</p>
          )}
        </div>
      )}
      <div className="elig-why">
        <h5>{t('elig.why')}</h5>
        <Conditions items={r.conditions} date={date} />
      </div>
      <Basis items={r.basis} />
      {!brief && r.notes.length > 0 && (
        <div className="elig-notes">
          <h5>{t('elig.notes')}</h5>
          <ul>
            {r.notes.map((n, i) => (
              <li key={i}>{text(n)}</li>
            ))}
          </ul>
        </div>
      )}
      {!brief && (
        <div className="elig-docs">
          <h5>{t('elig.documents')}</h5>
          {r.documents.length > 0 ? (
            <>
              <p className="elig-hint elig-screen-only">{t('elig.documents.hint')}</p>
              <ul className="elig-checklist">
                {r.documents.map((d, i) => (
                  <li key={i}>
                    <input type="checkbox" id={`${id}-doc-${i}`} />
                    <label htmlFor={`${id}-doc-${i}`}>{text(d)}</label>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('elig.documents.none')}</p>
          )}
        </div>
      )}
      {!brief && r.where && (
        <div className="elig-where">
          <h5>{t('elig.where')}</h5>
          <p>{text(r.where)}</p>
        </div>
      )}
      {!brief && r.online && (
        <div className="elig-online">
          <h5>{t('elig.online')}</h5>
          <p>{text(r.online)}</p>
        </div>
      )}
      {links && (
        <div className="elig-links">
          <p>
            <a href={links.href}>{t('elig.more')}</a>
          </p>
          {links.policies.length > 0 && (
            <>
              <h5>{t('elig.policies')}</h5>
              <ul>
                {links.policies.map((p) => (
                  <li key={p.href}>
                    <a href={p.href}>{p.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </article>
  )
}

/** What the rule rests on: document (title, 文号), and for the plan its chapter and words. */
function Basis({ items }: { items: ProgrammeResult['basis'] }) {
  const { t, text, lang } = useUi()
  if (items.length === 0) return null
  const zh = lang === 'en' ? 'zh-CN' : undefined
  return (
    <div className="elig-basis">
      <h5>{t('elig.basis')}</h5>
      <ul>
        {items.map((b, i) => (
          <li key={i}>
            <cite>{t('elig.basis.title', { title: text(b.title) })}</cite>
            {b.docNumber && (
              <span lang={zh}>{t('elig.basis.docNumber', { docNumber: b.docNumber })}</span>
            )}
            {b.location && (
              <span lang={zh}>{t('elig.basis.location', { location: b.location })}</span>
            )}
            {b.quote && <q lang="zh-CN">{b.quote}</q>}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** "按2020年标准估算（已有 6 年）…": the years of the figures and how old the oldest is. */
function useYearNote() {
  const { t, lang, list } = useUi()
  return (
    key: 'elig.estimate.yearAge' | 'elig.condition.yearAge',
    years: string[],
    date: string,
  ) => {
    const age = yearsOld(years[0], date)
    return t(`${key}${pluralSuffix(age, lang)}`, { year: list(years), age })
  }
}

function Conditions({ items, date }: { items: ConditionResult[]; date: string }) {
  const { t, text } = useUi()
  const yearNote = useYearNote()
  return (
    <ul className="elig-conditions">
      {items.map((c, i) => {
        const years = olderYears(c.parameters, date)
        return (
          <li key={`${c.id}-${i}`} className={`elig-cond elig-cond-${c.state}`}>
            <span className="elig-icon" aria-hidden="true">
              {ICON[c.state]}
            </span>
            <span>
              <strong className="elig-state">{t(`elig.state.${c.state}`)}</strong>
              {t('colon')}
              {text(c.reason)}
              {years.length > 0 && (
                <>
                  {' '}
                  <span className="elig-small">
                    {yearNote('elig.condition.yearAge', years, date)}
                  </span>
                </>
              )}
            </span>
            {c.conditions && c.conditions.length > 0 && (
              <Conditions items={c.conditions} date={date} />
            )}
          </li>
        )
      })}
    </ul>
  )
}
