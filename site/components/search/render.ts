/** DOM for results, filters and the direct-answer card. */
import { excerpt, type Segment } from '../../../search/excerpt'
import { normalise } from '../../../search/normalise'
import { ANSWER_TYPES, type ResultCard } from '../../../search/static/format'
import type { Outcome } from '../../../search/static/query'
import { el, fmt, type PageConfig } from './config'

const marked = (segs: Segment[]) => segs.map((s) => (s.mark ? el('mark', {}, s.text) : s.text))

export function resultItem(doc: ResultCard, terms: string[], cfg: PageConfig): HTMLLIElement {
  const meta = [cfg.types[doc.type], doc.townName, doc.updated].filter(Boolean).join(' · ')
  return el(
    'li',
    {},
    el(
      'h2',
      { class: 'result-title' },
      el('a', { href: doc.url }, ...marked(excerpt(doc.title, terms, 200))),
    ),
    el('p', { class: 'meta' }, meta),
    el('p', {}, ...marked(excerpt(doc.text, terms))),
  )
}

function group(
  name: string,
  legend: string,
  options: { value: string; label: string; count: number }[],
  selected: string[],
): HTMLFieldSetElement | null {
  const shown = options.filter((o) => o.count > 0 || selected.includes(o.value))
  if (shown.length === 0) return null
  return el(
    'fieldset',
    {},
    el('legend', {}, legend),
    ...shown.map((o) => {
      const box = el('input', { type: 'checkbox', name, value: o.value })
      box.checked = selected.includes(o.value)
      return el('label', {}, box, `${o.label} (${o.count})`)
    }),
  )
}

export function filters(
  out: Outcome,
  cfg: PageConfig,
  selected: { types: string[]; towns: string[] },
): Node[] {
  const types = Object.entries(cfg.types).map(([value, label]) => ({
    value,
    label,
    count: out.typeCounts[value] ?? 0,
  }))
  const towns = out.towns.map((t) => ({
    value: t.slug,
    label: t.name,
    count: out.townCounts[t.slug] ?? 0,
  }))
  return [
    group('type', cfg.s['search.filter.type'], types, selected.types),
    group('town', cfg.s['search.filter.town'], towns, selected.towns),
  ].filter((x): x is HTMLFieldSetElement => x !== null)
}

/** The card when the query names the top result (its title, or one of its names: `named`). */
export function answerCard(
  q: string,
  doc: ResultCard,
  named: boolean,
  cfg: PageConfig,
): HTMLElement | null {
  const nq = normalise(q).replace(/ /g, '')
  if (!ANSWER_TYPES.includes(doc.type) || nq.length < 2) return null
  const title = normalise(doc.title).replace(/ /g, '')
  if (!(title.includes(nq) || named)) return null
  const next = [
    el('a', { href: doc.url }, cfg.s['search.answer.page']),
    doc.answer?.eligibility
      ? el('a', { href: doc.answer.eligibility }, cfg.s['search.answer.eligibility'])
      : null,
    cfg.hotline
      ? el('a', { href: `tel:${cfg.hotline}` }, `${cfg.s['search.answer.hotline']} ${cfg.hotline}`)
      : null,
  ].filter((x) => x !== null)
  const steps = el('p', {}, cfg.s['search.answer.next'])
  next.forEach((a, i) => steps.append(...(i ? [' · ', a] : [a])))
  return el(
    'section',
    { class: 'answer-card', 'aria-label': cfg.s['search.answer.label'] },
    el('h2', {}, el('a', { href: doc.url }, doc.title)),
    el('p', { class: 'meta' }, [cfg.types[doc.type], doc.townName].filter(Boolean).join(' · ')),
    el('p', {}, [...doc.text].slice(0, 160).join('')),
    doc.answer?.amount ? el('p', {}, el('strong', {}, doc.answer.amount)) : null,
    steps,
  )
}

export const countText = (cfg: PageConfig, n: number) => fmt(cfg.s['search.count'], { n })
