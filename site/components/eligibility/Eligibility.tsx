/**
 * The eligibility questionnaire (React island). Everything it needs comes in as props; while
 * the visitor answers nothing is fetched. Answers live in sessionStorage and, on the results
 * view, in the URL fragment (#a=…), which browsers never send to a server. Each step is a
 * history entry (pushState, same URL): the browser's Back button goes back a question instead
 * of leaving the page, and Forward comes back (popstate; still no request).
 */
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react'
import { emptyAnswers, type Answers } from '../../lib/eligibility-ui/answers'
import { decodeFragment, encodeFragment } from '../../lib/eligibility-ui/fragment'
import type { IslandProps } from '../../lib/eligibility-ui/props'
import {
  isView,
  nextView,
  previousView,
  progress,
  validView,
  type View,
} from '../../lib/eligibility-ui/steps'
import { clearSaved, loadSaved, save } from '../../lib/eligibility-ui/storage'
import { nextAfterChange, stepErrors, type FieldError } from '../../lib/eligibility-ui/validate'
import { Results } from './Results'
import { StepBody } from './StepBody'
import { UiContext, useUi } from './strings'

type Notice = 'badLink' | 'cleared' | undefined

function session(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

const pageUrl = () => location.pathname + location.search
/** The step a history entry stands for (kept with whatever else the entry's state holds). */
type StepState = { eligView?: unknown }
const withView = (view: View) => ({ ...(history.state as object | null), eligView: view })
const isEmpty = (a: Answers) => JSON.stringify(a) === JSON.stringify(emptyAnswers())

export default function Eligibility(props: IslandProps) {
  const ui = useMemo(
    () => ({ strings: props.strings, lang: props.lang }),
    [props.strings, props.lang],
  )
  return (
    <UiContext.Provider value={ui}>
      <Questionnaire {...props} />
    </UiContext.Provider>
  )
}

function Questionnaire(props: IslandProps) {
  const { t } = useUi()
  const [ready, setReady] = useState(false)
  const [answers, setAnswers] = useState<Answers>(emptyAnswers)
  const [view, setView] = useState<View>('residence')
  const [errors, setErrors] = useState<FieldError[]>([])
  const [notice, setNotice] = useState<Notice>()
  const [announcement, setAnnouncement] = useState('')
  /** Set when the visitor came from "change" on the results: continue goes back there. */
  const [changing, setChanging] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const moveFocus = useRef(false)
  /** The answers as the popstate listener (registered once) must see them. */
  const answersNow = useRef(answers)
  answersNow.current = answers

  // Restore: a shared link (#a=…) first, else this tab's saved answers. Runs in the browser only.
  useEffect(() => {
    const restore = (initial: boolean) => {
      const decoded = decodeFragment(location.hash)
      if (decoded.kind === 'ok') {
        setAnswers(decoded.answers)
        setView('results')
        setNotice(undefined)
        history.replaceState(withView('results'), '')
        return
      }
      if (decoded.kind === 'invalid') {
        setNotice('badLink')
        history.replaceState(withView('residence'), '', pageUrl())
      }
      const saved = initial ? loadSaved(session()) : undefined
      if (saved) {
        setAnswers(saved.answers)
        setView(saved.view)
      }
      if (initial) history.replaceState(withView(saved?.view ?? 'residence'), '')
    }
    restore(true)
    setReady(true)
    const onHash = () => restore(false)
    // Back / Forward between steps: show the entry's step, keep the answers, push nothing.
    const onPop = (e: PopStateEvent) => {
      const v = (e.state as StepState | null)?.eligView
      if (!isView(v)) return
      moveFocus.current = true
      setErrors([])
      setNotice(undefined)
      setChanging(false)
      setView(validView(answersNow.current, v))
    }
    window.addEventListener('hashchange', onHash)
    window.addEventListener('popstate', onPop)
    return () => {
      window.removeEventListener('hashchange', onHash)
      window.removeEventListener('popstate', onPop)
    }
  }, [])

  // Keep this tab's copy and the fragment in step with the answers.
  useEffect(() => {
    if (!ready) return
    if (isEmpty(answers)) clearSaved(session())
    else save(session(), { answers, view })
    const wanted = view === 'results' ? `#${encodeFragment(answers)}` : ''
    if (location.hash !== wanted && (wanted || decodeFragment(location.hash).kind !== 'none')) {
      history.replaceState(history.state, '', pageUrl() + wanted)
    }
  }, [answers, view, ready])

  // After a step change: focus the new heading and announce the progress.
  useEffect(() => {
    if (!ready || !moveFocus.current) return
    moveFocus.current = false
    heading.current?.focus()
    if (view === 'results') setAnnouncement(t('elig.results.heading.live'))
    else {
      const p = progress(answers, view)
      setAnnouncement(t('elig.progress', p))
    }
  }, [view, ready]) // answers are read for the count only when the view changes

  /** Show another step: a new history entry (same URL, no request), or replace this one. */
  const go = (next: View | undefined, fromResults = false, replace = false) => {
    if (!next) return
    setChanging(fromResults || (changing && next !== 'results'))
    moveFocus.current = true
    setErrors([])
    setNotice(undefined)
    setView(next)
    if (replace) history.replaceState(withView(next), '', pageUrl())
    else history.pushState(withView(next), '', pageUrl())
  }

  const onContinue = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault()
    if (view === 'results') return
    const found = stepErrors(answers, view)
    setErrors(found)
    if (found.length > 0) {
      const first = form.current?.querySelector<HTMLInputElement>(
        `[data-field="${found[0].field}"] input`,
      )
      first?.focus()
      return
    }
    go(changing ? nextAfterChange(answers, view) : nextView(answers, view))
  }

  const clear = () => {
    clearSaved(session())
    setAnswers(emptyAnswers())
    go('residence', false, true)
    setChanging(false)
    setNotice('cleared')
  }

  const change = (a: Answers) => {
    setAnswers(a)
    if (errors.length > 0)
      setErrors(
        stepErrors(a, view === 'results' ? 'residence' : view).filter((e) =>
          errors.some((x) => x.field === e.field),
        ),
      )
  }

  // The first question is rendered at build time too (state starts empty), so nothing jumps when
  // the island hydrates; saved answers or a shared link are applied just after.
  const live = (
    <p className="elig-sr" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  )
  const clearButton = (
    <button type="button" className="elig-button elig-quiet elig-clear" onClick={clear}>
      {t('elig.clear')}
    </button>
  )
  const noticeText =
    notice === 'badLink' ? t('elig.badLink') : notice === 'cleared' ? t('elig.cleared') : undefined

  if (view === 'results') {
    return (
      <div className="elig">
        {live}
        <Results
          {...props}
          answers={answers}
          headingRef={heading}
          onEdit={() => go(previousView(answers, 'results'))}
          onChangeAnswer={(step) => go(step, true)}
          clearButton={clearButton}
        />
      </div>
    )
  }

  const p = progress(answers, view)
  const back = previousView(answers, view)
  return (
    <div className="elig">
      {live}
      {noticeText && (
        <p className="notice elig-notice" role="status">
          {noticeText}
        </p>
      )}
      {back === undefined && (
        <div className="elig-intro">
          <p className="lede">{t('elig.lede')}</p>
          <p className="elig-privacy">{t('elig.privacy')}</p>
        </div>
      )}
      <form ref={form} className="elig-form" noValidate onSubmit={onContinue}>
        <div className="elig-progress">
          <p id="elig-progress-text">{t('elig.progress', p)}</p>
          <progress max={p.total} value={p.n} aria-labelledby="elig-progress-text" />
        </div>
        <StepBody
          key={view}
          step={view}
          answers={answers}
          onChange={change}
          errors={errors}
          headingRef={heading}
        />
        <div className="elig-buttons">
          <button type="submit" className="elig-button">
            {(changing ? nextAfterChange(answers, view) : nextView(answers, view)) === 'results'
              ? t('elig.finish')
              : t('elig.next')}
          </button>
          {back && (
            <button type="button" className="elig-button elig-secondary" onClick={() => go(back)}>
              {t('elig.back')}
            </button>
          )}
        </div>
      </form>
      {!isEmpty(answers) && clearButton}
    </div>
  )
}
