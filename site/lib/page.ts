/**
 * What every page computes the same way, computed once (in the manner of Starlight's route
 * data): its language from the URL, its title and path, the breadcrumbs, the "not yet
 * translated" notice and the last-updated date — everything the page shell (Base) takes.
 */
import { lastUpdated } from './data'
import { langFromParam, pick, t, txt, type Lang, type LocalizedValue, type UiKey } from './i18n'

/** The site's sections, each with its `<section>.title` and `<section>.intro` strings. */
export type Section = 'programmes' | 'facilities' | 'policies' | 'charity' | 'places' | 'indicators'

export type Crumb = { label: string; path: string }
/** The props of layouts/Base.astro. */
export type PageShell = {
  lang: Lang
  title: string
  description?: string
  path: string
  crumbs: Crumb[]
  updated: string
  fallback: boolean
}
type Dated = { updatedAt?: string | null }

const sectionTitle = (lang: Lang, section: Section) => t(lang, `${section}.title` satisfies UiKey)

/** A section's index page, e.g. /programmes/ — dated by the newest of `docs`. */
export function sectionPage(
  param: string | undefined,
  section: Section,
  docs: Dated[],
): { lang: Lang; shell: PageShell } {
  const lang = langFromParam(param)
  const title = sectionTitle(lang, section)
  const path = `/${section}/`
  return {
    lang,
    shell: {
      lang,
      title,
      description: t(lang, `${section}.intro` satisfies UiKey),
      path,
      crumbs: [{ label: title, path }],
      updated: lastUpdated(...docsWithDates(docs)),
      fallback: false,
    },
  }
}

/**
 * A record's own page, e.g. /programmes/dibao/. `texts` are the localized values the page shows:
 * if any of them falls back to the Simplified Chinese master text, the page says so.
 */
export function detailPage(
  param: string | undefined,
  section: Section,
  item: { slug: string } & Dated,
  page: {
    title: LocalizedValue | string
    description?: LocalizedValue | string
    texts: LocalizedValue<unknown>[]
  },
): { lang: Lang; shell: PageShell } {
  const lang = langFromParam(param)
  const text = (v: LocalizedValue | string | undefined) =>
    typeof v === 'string' ? v : v === undefined ? undefined : txt(v, lang)
  const title = text(page.title) ?? ''
  const path = `/${section}/${item.slug}/`
  return {
    lang,
    shell: {
      lang,
      title,
      description: text(page.description),
      path,
      crumbs: [
        { label: sectionTitle(lang, section), path: `/${section}/` },
        { label: title, path },
      ],
      updated: lastUpdated(...docsWithDates([item])),
      fallback: page.texts.some((v) => pick(v, lang).fallback),
    },
  }
}

const docsWithDates = (docs: Dated[]) => docs.map((d) => ({ updatedAt: d.updatedAt ?? undefined }))
