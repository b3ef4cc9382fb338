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
