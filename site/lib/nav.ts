import type { ContentType } from '../../content/schema/records'
/** The site's sections, in menu order: the header menu, the 404 page and empty search results. */
export const SECTIONS = [
  ['/programmes/', 'nav.programmes'],
  ['/facilities/', 'nav.facilities'],
  ['/policies/', 'nav.policies'],
  ['/charity/', 'nav.charity'],
  ['/places/', 'nav.places'],
  ['/indicators/', 'nav.indicators'],
] as const

/** The header menu: the questionnaire first, then the sections. */
export const NAV = [['/eligibility/', 'nav.eligibility'], ...SECTIONS] as const

/**
 * Where a record of each content type is shown (before the locale prefix): its own page, or
 * for indicators and towns the list that shows them.
 */
export const RECORD_PAGE: Record<ContentType, (slug: string) => string> = {
  programmes: (slug) => `/programmes/${slug}/`,
  facilities: (slug) => `/facilities/${slug}/`,
  policies: (slug) => `/policies/${slug}/`,
  'charity-projects': (slug) => `/charity/${slug}/`,
  'place-stories': (slug) => `/places/${slug}/`,
  indicators: (slug) => `/indicators/#${slug}`,
  towns: () => '/facilities/',
}
