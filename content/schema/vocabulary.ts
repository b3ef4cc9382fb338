/**
 * The shared vocabulary: every choice a record offers (programme categories, facility kinds,
 * units, policy validity, …) with its label in each locale. The one definition both sides read:
 * the zod schema takes its option values from here, the CMS its select options (labels in the
 * editor's language), and the site its labels (`optionLabel`, and `t()` keys such as `kind.day-care`).
 * The order of the values is the order they are shown in.
 */
import type { Locale } from './locales'

export type Labels = Record<Locale, string>

export const VOCABULARY = {
  /** Programme categories, in the order a resident thinks of them (basic living first). */
  category: {
    'basic-living': {
      'zh-CN': '基本生活救助',
      'zh-Hant': '基本生活救助',
      en: 'Basic living assistance',
    },
    'special-assistance': { 'zh-CN': '专项救助', 'zh-Hant': '專項救助', en: 'Specific assistance' },
    emergency: { 'zh-CN': '急难救助', 'zh-Hant': '急難救助', en: 'Emergency assistance' },
    disability: { 'zh-CN': '残疾人福利', 'zh-Hant': '殘疾人福利', en: 'Disability benefits' },
    elderly: { 'zh-CN': '养老服务', 'zh-Hant': '養老服務', en: 'Elder care' },
    children: { 'zh-CN': '儿童福利', 'zh-Hant': '兒童福利', en: 'Child welfare' },
    funeral: { 'zh-CN': '殡葬服务', 'zh-Hant': '殯葬服務', en: 'Funeral services' },
    marriage: { 'zh-CN': '婚姻登记', 'zh-Hant': '婚姻登記', en: 'Marriage registration' },
    community: { 'zh-CN': '社区服务', 'zh-Hant': '社區服務', en: 'Community services' },
  },
  /** Units of a programme amount. */
  unit: {
    'yuan-per-person-month': {
      'zh-CN': '元/人·月',
      'zh-Hant': '元/人·月',
      en: 'yuan per person per month',
    },
    'yuan-per-person-year': {
      'zh-CN': '元/人·年',
      'zh-Hant': '元/人·年',
      en: 'yuan per person per year',
    },
    'yuan-per-month': { 'zh-CN': '元/月', 'zh-Hant': '元/月', en: 'yuan per month' },
    'yuan-per-case': { 'zh-CN': '元/份', 'zh-Hant': '元/份', en: 'yuan per case' },
    'yuan-per-household-case': {
      'zh-CN': '元/户次',
      'zh-Hant': '元/户次',
      en: 'yuan per household per case',
    },
    percent: { 'zh-CN': '%', 'zh-Hant': '%', en: '%' },
    'multiple-of-dibao': {
      'zh-CN': '倍低保标准',
      'zh-Hant': '倍低保標準',
      en: '× the Dibao standard',
    },
    years: { 'zh-CN': '岁', 'zh-Hant': '歲', en: 'years of age' },
  },
  /** Kinds of elder-care facility. */
  kind: {
    'care-home': { 'zh-CN': '养老机构', 'zh-Hant': '養老機構', en: 'Care home' },
    'regional-centre': {
      'zh-CN': '区域性养老服务中心',
      'zh-Hant': '區域性養老服務中心',
      en: 'Regional elder-care centre',
    },
    'day-care': { 'zh-CN': '日间照料中心', 'zh-Hant': '日間照料中心', en: 'Day-care centre' },
    'home-care-station': {
      'zh-CN': '居家养老服务站',
      'zh-Hant': '居家養老服務站',
      en: 'Home-care station',
    },
    'rural-happiness-home': {
      'zh-CN': '农村幸福院',
      'zh-Hant': '農村幸福院',
      en: 'Rural happiness home',
    },
    'elder-canteen': {
      'zh-CN': '长者食堂（颐和食堂）',
      'zh-Hant': '長者食堂（頤和食堂）',
      en: 'Elder canteen (Yihe canteen)',
    },
  },
  /** Who owns and runs a facility. */
  ownership: {
    public: { 'zh-CN': '公办', 'zh-Hant': '公辦', en: 'Public' },
    private: { 'zh-CN': '民办', 'zh-Hant': '民辦', en: 'Private' },
    'public-built-private-run': {
      'zh-CN': '公建民营',
      'zh-Hant': '公建民營',
      en: 'Publicly built, privately run',
    },
  },
  /** Whether a policy document is in force. expired: a plan whose period has ended (not repealed). */
  validity: {
    current: { 'zh-CN': '现行有效', 'zh-Hant': '現行有效', en: 'In force' },
    amended: { 'zh-CN': '已修订', 'zh-Hant': '已修訂', en: 'Amended' },
    repealed: { 'zh-CN': '已废止', 'zh-Hant': '已廢止', en: 'Repealed' },
    expired: { 'zh-CN': '期满失效', 'zh-Hant': '期滿失效', en: 'Expired (period ended)' },
    draft: { 'zh-CN': '征求意见稿', 'zh-Hant': '徵求意見稿', en: 'Draft for comment' },
  },
  /** How certain a place name’s origin is. */
  certainty: {
    established: { 'zh-CN': '有据可查', 'zh-Hant': '有據可查', en: 'Well established' },
    traditional: { 'zh-CN': '民间相传', 'zh-Hant': '民間相傳', en: 'Traditional account' },
    uncertain: { 'zh-CN': '说法不一', 'zh-Hant': '説法不一', en: 'Accounts differ' },
  },
  /** 指标属性 of a plan indicator. */
  attribute: {
    expected: { 'zh-CN': '预期性', 'zh-Hant': '預期性', en: 'Expected' },
    binding: { 'zh-CN': '约束性', 'zh-Hant': '約束性', en: 'Binding' },
  },
  /** Topics of policy documents. */
  topic: {
    'social-assistance': { 'zh-CN': '社会救助', 'zh-Hant': '社會救助', en: 'Social assistance' },
    elderly: { 'zh-CN': '养老服务', 'zh-Hant': '養老服務', en: 'Elder care' },
    children: { 'zh-CN': '儿童福利', 'zh-Hant': '兒童福利', en: 'Child welfare' },
    charity: { 'zh-CN': '慈善', 'zh-Hant': '慈善', en: 'Charity' },
    'social-work': { 'zh-CN': '社会工作', 'zh-Hant': '社會工作', en: 'Social work' },
    community: { 'zh-CN': '社区治理', 'zh-Hant': '社區治理', en: 'Community governance' },
    funeral: { 'zh-CN': '殡葬', 'zh-Hant': '殯葬', en: 'Funerals' },
    marriage: { 'zh-CN': '婚姻登记', 'zh-Hant': '婚姻登記', en: 'Marriage' },
    'place-names': { 'zh-CN': '区划地名', 'zh-Hant': '區劃地名', en: 'Place names' },
    planning: { 'zh-CN': '规划', 'zh-Hant': '規劃', en: 'Planning' },
  },
  /** Kinds of town (镇街). */
  /** Why a policy or programme no longer applies (its page stays, with a notice). */
  withdrawalKind: {
    repealed: { 'zh-CN': '已废止', 'zh-Hant': '已廢止', en: 'Repealed' },
    amended: { 'zh-CN': '已修订', 'zh-Hant': '已修訂', en: 'Amended' },
    discontinued: { 'zh-CN': '已停止', 'zh-Hant': '已停止', en: 'Discontinued' },
  },
  townKind: {
    subdistrict: { 'zh-CN': '街道', 'zh-Hant': '街道', en: 'Subdistrict' },
    town: { 'zh-CN': '镇', 'zh-Hant': '鎮', en: 'Town' },
  },
} as const satisfies Record<string, Record<string, Labels>>

export type Vocabulary = typeof VOCABULARY
export type VocabGroup = keyof Vocabulary
export type VocabValue<G extends VocabGroup> = keyof Vocabulary[G] & string

/** The values of a group, in display order, as a non-empty tuple for z.enum. */
export const valuesOf = <G extends VocabGroup>(group: G) =>
  Object.keys(VOCABULARY[group]) as [VocabValue<G>, ...VocabValue<G>[]]

/** The label of one value in one locale. */
export const labelOf = <G extends VocabGroup>(group: G, value: VocabValue<G>, locale: Locale) =>
  (VOCABULARY[group] as Record<string, Labels>)[value][locale]

/** Every label as a flat `group.value` key (the form the site's UI strings use). */
export const vocabularyKeys = (locale: Locale) =>
  Object.fromEntries(
    Object.entries(VOCABULARY).flatMap(([group, values]) =>
      Object.entries(values as Record<string, Labels>).map(([value, l]) => [
        `${group}.${value}`,
        l[locale],
      ]),
    ),
  ) as Record<VocabKey, string>

export type VocabKey = { [G in VocabGroup]: `${G}.${VocabValue<G>}` }[VocabGroup]
