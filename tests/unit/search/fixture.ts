/** A small CMS export, shaped like .cache/site-data, for the search mapping tests. */
import type { SiteData } from '../../../search/source'

const at = '2026-11-30T20:00:00.000Z'
const base = (id: number, slug: string) => ({ id, slug, updatedAt: at, createdAt: at })
const chikan = {
  ...base(1, 'chikan'),
  name: { 'zh-CN': '赤坎镇', 'zh-Hant': '赤坎鎮', en: 'Chikan Town' },
  kind: 'town' as const,
  pinyin: 'Chìkǎn Zhèn',
  order: 1,
}

export const fixture = (): SiteData => ({
  programmes: [
    {
      ...base(1, 'tekun'),
      name: {
        'zh-CN': '特困人员救助供养',
        'zh-Hant': '特困人員救助供養',
        en: 'Support for people in extreme poverty',
      },
      category: 'basic-living',
      summary: { 'zh-CN': '为特困人员提供基本生活保障。', en: 'Basic living support.' },
      whoCanApply: { 'zh-CN': '无劳动能力、无生活来源的老人。' },
      amounts: [
        {
          key: 'rural',
          label: { 'zh-CN': '农村基本生活标准', en: 'Rural basic living standard' },
          value: 1000,
          unit: 'yuan-per-person-month',
          from: '2019',
          to: '2019-12',
          citation: { source: 'kaiping-14th-plan', location: '第一章' },
        },
        {
          key: 'rural',
          label: { 'zh-CN': '农村基本生活标准', en: 'Rural basic living standard' },
          value: 1236,
          unit: 'yuan-per-person-month',
          from: '2020',
          citation: { source: 'kaiping-14th-plan', location: '第一章' },
        },
      ],
      steps: { 'zh-CN': [{ text: '向镇（街道）申请。' }] },
    },
  ],
  facilities: [
    {
      ...base(2, 'chikan-yiyangyuan'),
      name: { 'zh-CN': '赤坎颐养院', 'zh-Hant': '赤坎頤養院', en: 'Chikan care home' },
      kind: 'care-home',
      town: chikan,
      summary: { 'zh-CN': '公办养老机构。' },
    },
  ],
  policies: [
    {
      ...base(3, 'kaiping-14th-plan'),
      title: { 'zh-CN': '开平市民政事业发展“十四五”规划' },
      issuer: { 'zh-CN': '开平市民政局' },
      topic: 'planning',
      validity: 'draft',
      summary: { 'zh-CN': '规划。' },
      body: {
        'zh-CN':
          '<p>前言。</p><h2>第一章 发展基础</h2><p>低保标准提高。</p><h3>一、社会组织</h3><p>社会组织党建工作持续推进。</p>',
      },
    },
  ],
  charity: [],
  places: [
    {
      ...base(4, 'chikan'),
      standardName: '赤坎镇',
      pinyin: 'Chìkǎn Zhèn',
      jyutping: 'cek3 ham2 zan3',
      english: 'Chikan Town',
      town: chikan,
      certainty: 'traditional',
      story: { 'zh-CN': '<p>“赤坎”意为红色的河岸。</p>', en: '<p>Chikan means "red bank".</p>' },
    },
  ],
  indicators: [],
  settings: { intro: { 'zh-CN': '' }, hotline: { number: '12345', label: {} } },
  synonyms: [{ colloquial: '敬老院', official: '养老机构' }],
})
