/**
 * "Choosing well" as data: what the star rating means (only what the plan says, with its quotes)
 * and the visit checklist, each question tied to the national standard whose topic it follows.
 * The site does not hold the standards' texts, so no clause number is given (待核实).
 */
import type { UiKey } from './i18n'
import type { Citation } from './types'

const PLAN = 'kaiping-14th-plan'
const CH1 = '第一章 二、社会养老服务体系建设和取得实效'

export const STAR_PARAGRAPHS: { text: UiKey; citation: Citation }[] = [
  {
    text: 'choose.stars.who',
    citation: {
      source: PLAN,
      location: CH1,
      quote:
        '我局积极协助上级部门做好全市养老机构星级评定工作，并鼓励有条件的养老机构率先参加星级评定',
    },
  },
  {
    text: 'choose.stars.what',
    citation: { source: PLAN, location: CH1, quote: '促进我市养老机构服务质量提升' },
  },
  {
    text: 'choose.stars.when',
    citation: {
      source: PLAN,
      location: CH1,
      quote: '“十三五”期间，全市共评定 5 个省星级养老机构',
    },
  },
]

/** Policy slugs of the two standards (records in content/policies). */
export const SAFETY = 'gb-38600-2019'
export const QUALITY = 'gbt-35796-2017'

export const VISIT_QUESTIONS: { text: UiKey; standard: typeof SAFETY | typeof QUALITY }[] = [
  { text: 'choose.q.assess', standard: SAFETY },
  { text: 'choose.q.choking', standard: SAFETY },
  { text: 'choose.q.sores', standard: SAFETY },
  { text: 'choose.q.falls', standard: SAFETY },
  { text: 'choose.q.wander', standard: SAFETY },
  { text: 'choose.q.emergency', standard: SAFETY },
  { text: 'choose.q.services', standard: QUALITY },
  { text: 'choose.q.quality', standard: QUALITY },
]

/** Where to apply: programme pages on this site. */
export const APPLY_LINKS: { text: UiKey; link: UiKey; path: string }[] = [
  { text: 'choose.apply.place', link: 'choose.apply.placeLink', path: '/programmes/tekun/' },
  {
    text: 'choose.apply.assess',
    link: 'choose.apply.assessLink',
    path: '/programmes/yanglao-pinggu/',
  },
]
