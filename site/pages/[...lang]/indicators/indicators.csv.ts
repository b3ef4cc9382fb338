/**
 * /indicators/indicators.csv (and /zh-hant/…, /en/…): the whole indicator table, written at
 * build time as a static file — headers and labels in the page's language, the plan's cells as
 * printed, with the citation of every row. UTF-8 with a BOM so Excel opens it without asking.
 */
import type { APIRoute } from 'astro'
import { toCsv } from '../../../lib/csv'
import { indicators, policyBySlug } from '../../../lib/data'
import { langPaths, t, txt, type Lang, type UiKey } from '../../../lib/i18n'
import { SERIES } from '../../../lib/indicators/values'

export const getStaticPaths = langPaths

export const GET: APIRoute = ({ props }) => {
  const lang = (props as { lang: Lang }).lang
  const head = [
    t(lang, 'indicator.row'),
    t(lang, 'indicator.category'),
    t(lang, 'indicator.name'),
    t(lang, 'indicator.unit'),
    ...SERIES.map((s) => t(lang, `indicator.${s}` as UiKey)),
    t(lang, 'indicator.attribute'),
    t(lang, 'indicator.note'),
    t(lang, 'source'),
    t(lang, 'chart.csvLocation'),
    t(lang, 'quote'),
  ]
  const body = indicators().map((r) => [
    r.row,
    txt(r.category, lang),
    txt(r.name, lang),
    r.unit,
    ...SERIES.map((s) => txt(r[s], lang)),
    r.attribute ? t(lang, `attribute.${r.attribute}` as UiKey) : '',
    txt(r.note, lang).trim(),
    txt(policyBySlug(r.citation.source)?.title, lang) || r.citation.source,
    r.citation.location,
    r.citation.quote,
  ])
  return new Response(toCsv([head, ...body]), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  })
}
