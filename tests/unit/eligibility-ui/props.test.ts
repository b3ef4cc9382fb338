import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIslandProps, type IslandData } from '../../../site/lib/eligibility-ui/props'
import type { Programme } from '../../../site/lib/types'

const root = path.resolve(import.meta.dirname, '../../..')
const base = { id: 1, updatedAt: '2025-01-01', createdAt: '2025-01-01' }
const programme = (slug: string, extra: Partial<Programme> = {}): Programme => ({
  ...base,
  slug,
  category: 'basic-living',
  name: { 'zh-CN': '特困人员救助供养', 'zh-Hant': '特困人員救助供養', en: 'Tekun support' },
  summary: { 'zh-CN': '…' },
  whoCanApply: { 'zh-CN': '…' },
  amounts: [
    {
      key: 'basic-living',
      label: { 'zh-CN': '基本生活标准' },
      value: 17280,
      unit: 'yuan-per-person-year',
      from: '2020',
      citation: { source: 'plan', location: 'p1' },
    },
  ],
  documents: {
    'zh-CN': [{ text: '身份证' }, { text: '户口簿' }],
    en: [{ text: 'ID card' }, { text: 'Hukou booklet' }],
  },
  where: { 'zh-CN': '镇街窗口', 'zh-Hant': '鎮街窗口' },
  relatedPolicies: [
    {
      ...base,
      slug: 'tekun-rules',
      title: {
        'zh-CN': '特困人员认定办法',
        en: 'Rules for recognising people in extreme hardship',
      },
      issuer: { 'zh-CN': '民政部' },
      topic: 'social-assistance',
      validity: 'current',
      summary: { 'zh-CN': '…' },
    },
    7,
  ],
  ...extra,
})
const data: IslandData = {
  programmes: [programme('tekun'), programme('hunyin-dengji')],
  settings: {
    id: 1,
    hotline: { number: '12345', label: { 'zh-CN': '政务服务便民热线', en: 'Government hotline' } },
    intro: { 'zh-CN': '…' },
  },
  charity: [
    {
      ...base,
      slug: 'cishan-chaoshi',
      name: { 'zh-CN': '慈善超市', en: 'Charity supermarkets' },
      summary: { 'zh-CN': '…' },
    },
  ],
}

describe('what the page gives the island', () => {
  it('passes only the programmes the rules use, with their page and policy links per locale', () => {
    const en = buildIslandProps('en', data)
    expect(en.programmes.map((p) => p.slug)).toEqual(['tekun'])
    expect(en.links.tekun).toEqual({
      href: '/en/programmes/tekun/',
      policies: [
        {
          title: 'Rules for recognising people in extreme hardship',
          href: '/en/policies/tekun-rules/',
        },
      ],
    })
    expect(en.hotline).toEqual({ number: '12345', label: 'Government hotline' })
    expect(en.charity).toEqual([
      { title: 'Charity supermarkets', href: '/en/charity/cishan-chaoshi/' },
    ])
    expect(en.urls).toEqual({
      programmes: '/en/programmes/',
      charity: '/en/charity/',
      tempAid: '/en/programmes/linshi-jiuzhu/',
    })
    expect(buildIslandProps('zh-Hant', data).links.tekun.href).toBe('/zh-hant/programmes/tekun/')
  })

  it('keeps programme text in zh-CN and the page locale only', () => {
    const [en] = buildIslandProps('en', data).programmes
    expect(en.name).toEqual({ 'zh-CN': '特困人员救助供养', en: 'Tekun support' })
    expect(en.documents).toEqual([
      { 'zh-CN': '身份证', en: 'ID card' },
      { 'zh-CN': '户口簿', en: 'Hukou booklet' },
    ])
    expect(en.where).toEqual({ 'zh-CN': '镇街窗口' })
    expect(en.amounts).toEqual([
      { key: 'basic-living', value: 17280, unit: 'yuan-per-person-year', from: '2020' },
    ])
    const [zh] = buildIslandProps('zh-CN', data).programmes
    expect(zh.name).toEqual({ 'zh-CN': '特困人员救助供养' })
  })

  it('passes exactly the elig.* strings (and the colon) of the locale, each one filled in', () => {
    const strings = buildIslandProps('en', data).strings
    const all = JSON.parse(readFileSync(path.join(root, 'site/i18n/en.json'), 'utf8')) as Record<
      string,
      string
    >
    const keys = Object.keys(all).filter((k) => k.startsWith('elig.') || k === 'colon')
    expect(Object.keys(strings).sort()).toEqual(keys.sort())
    expect(strings['elig.progress']).toBe('Step {n} of about {total}')
    expect(Object.values(strings).every((s) => s.trim() !== '')).toBe(true)
  })
})
