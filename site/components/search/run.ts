/**
 * The search page controller, loaded only when a visitor searches: reads query and filters from
 * the URL, asks the static index, renders results 10 at a time (each as soon as it is ready),
 * announces the count, and then keeps the URL in step (a history update is a synchronous
 * round trip to the browser: it waits until the results are on the page).
 */
import { StaticIndex, type Outcome, type SearchEngine } from '../../../search/static/query'
import { el, fmt, type PageConfig } from './config'
import { answerCard, countText, filters, resultItem } from './render'

const PAGE = 10
const fetchJson = async (path: string) => {
  const res = await fetch(path)
  if (!res.ok) throw new Error(`${path}: ${res.status}`)
  return res.json()
}

export async function start(app: HTMLElement): Promise<void> {
  const cfg = JSON.parse(app.dataset.config ?? '{}') as PageConfig
  const $ = (id: string) => document.getElementById(id)!
  const status = $('search-status')
  const list = $('search-results')
  const more = $('search-more') as HTMLButtonElement
  const form = $('search-form') as HTMLFormElement
  const zero = $('search-zero')
  const index: SearchEngine = cfg.meili
    ? new (await import('./meili-engine')).MeiliIndex(cfg.meili, cfg.lang)
    : new StaticIndex(cfg.index, cfg.root, fetchJson)
  let outcome: Outcome | undefined
  let shown = 0
  let q = ''

  type State = { q: string; types: string[]; towns: string[]; page: number }
  const state = (p = new URLSearchParams(location.search)): State => {
    return {
      q: p.get('q')?.trim() ?? '',
      types: p.getAll('type'),
      towns: p.getAll('town'),
      page: Math.max(1, Number(p.get('page')) || 1),
    }
  }

  /** Appends the next `n` results in order, each as soon as it and those before it are ready. */
  async function showMore(n: number, focus: boolean) {
    if (!outcome) return
    const { docs, terms } = outcome
    const next = docs.slice(shown, shown + n)
    shown += next.length
    more.hidden = shown >= docs.length
    const cards = next.map((d) => index.card(d))
    for (const [i, card] of cards.entries()) {
      const item = resultItem(await card, terms, cfg)
      list.append(item)
      if (focus && i === 0) item.querySelector('a')?.focus()
    }
  }

  async function offerOther(n: number) {
    const other = $('search-other')
    other.replaceChildren()
    if (n >= 3) return
    const engine: SearchEngine = cfg.meili
      ? new (await import('./meili-engine')).MeiliIndex(cfg.meili, cfg.other.lang)
      : new StaticIndex(cfg.other.index, cfg.root, fetchJson)
    const found = await engine.search(q)
    if (found.docs.length === 0) return
    const link = el(
      'a',
      { href: `${cfg.other.page}?q=${encodeURIComponent(q)}` },
      fmt(cfg.s['search.otherLang'], { n: found.docs.length, lang: cfg.other.name }),
    )
    other.append(link)
  }

  /** Shows the results for `s`; `url`: the address to record once they are shown. */
  async function run(s = state(), url?: () => void) {
    q = s.q
    ;($('search-q') as HTMLInputElement).value = q
    status.textContent = cfg.s['search.loading']
    list.replaceChildren()
    $('search-answer').replaceChildren()
    shown = 0
    outcome = await index.search(q, { types: s.types, towns: s.towns })
    // re-rendering the filters must not lose the keyboard user's place
    const active = document.activeElement as HTMLInputElement | null
    const focused = active?.closest('#search-filters') ? `${active.name}=${active.value}` : ''
    $('search-filters').replaceChildren(...filters(outcome, cfg, s))
    if (focused)
      document
        .querySelector<HTMLInputElement>(
          `#search-filters input[name="${focused.split('=')[0]}"][value="${CSS.escape(focused.split('=')[1])}"]`,
        )
        ?.focus()
    const n = outcome.docs.length
    zero.hidden = n > 0
    const top = n > 0 && s.types.length === 0 && s.towns.length === 0 ? outcome.docs[0] : -1
    const answer = top >= 0 ? index.card(top) : undefined
    await showMore(s.page * PAGE, false)
    if (answer) {
      const card = answerCard(q, await answer, outcome.named.includes(top), cfg)
      if (card) $('search-answer').append(card)
    }
    // announced once the results are on the page
    const notes = [
      outcome.mode === 'pinyin' ? cfg.s['search.pinyin'] : '',
      outcome.mode === 'partial' ? cfg.s['search.partial'] : '',
    ].filter(Boolean)
    status.replaceChildren(
      n ? [countText(cfg, n), ...notes].join(' ') : fmt(cfg.s['search.none'], { q }),
    )
    if (outcome.suggestion) {
      const p = new URLSearchParams({ q: outcome.suggestion })
      status.append(
        ' ',
        cfg.s['search.didYouMean'],
        el('a', { href: `${location.pathname}?${p}` }, outcome.suggestion),
      )
    }
    // after this task, so the results are painted first
    if (url) setTimeout(url)
    await offerOther(n)
  }

  /** The form's query and filters as URL parameters, and a function that records them. */
  function go(push: boolean, page = 1) {
    const data = new FormData(form)
    const p = new URLSearchParams()
    p.set('q', String(data.get('q') ?? '').trim())
    for (const v of data.getAll('type')) p.append('type', String(v))
    for (const v of data.getAll('town')) p.append('town', String(v))
    if (page > 1) p.set('page', String(page))
    let done = false
    const record = () => {
      if (!done) history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}?${p}`)
      done = true
    }
    return { s: state(p), record }
  }
  /** A search that fails still records its address (the page shows the error for it). */
  const search = ({ s, record }: ReturnType<typeof go>) =>
    run(s, record).catch(() => {
      record()
      fail()
    })

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    // a new query starts without filters
    for (const box of form.querySelectorAll<HTMLInputElement>('#search-filters input'))
      box.checked = false
    void search(go(true))
  })
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).closest('#search-filters')) void search(go(false))
  })
  more.addEventListener('click', () => {
    const { record } = go(false, Math.ceil((shown + PAGE) / PAGE))
    showMore(PAGE, true).catch(fail).finally(record)
  })
  window.addEventListener('popstate', () => run().catch(fail))
  function fail() {
    status.textContent = cfg.s['search.error']
    zero.hidden = false
  }
  await run().catch(fail)
}
