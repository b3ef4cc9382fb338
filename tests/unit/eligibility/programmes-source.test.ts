import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadProgrammesForRules } from '../../../scripts/lib/programmes-source'
import { PROGRAMME_IDS } from '../../../site/lib/eligibility/index'
import { realContentLoads } from './helpers'

const all = (s: string) => ({ 'zh-CN': s, 'zh-Hant': s, en: s })
const citation = { source: 'kaiping-14th-plan', location: '第一章 一' }

function tempContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-content-'))
  mkdirSync(path.join(dir, 'policies'))
  mkdirSync(path.join(dir, 'programmes'))
  writeFileSync(
    path.join(dir, 'site.yaml'),
    stringify({
      hotline: { label: all('热线') },
      intro: all('简介'),
      audiences: ['a', 'b', 'c'].map((key) => ({
        key,
        title: all(key),
        text: all(key),
        href: `/${key}`,
      })),
    }),
  )
  writeFileSync(
    path.join(dir, 'policies', 'kaiping-14th-plan.yaml'),
    stringify({
      slug: 'kaiping-14th-plan',
      title: { 'zh-CN': '规划' },
      issuer: { 'zh-CN': '开平市民政局' },
      topic: 'planning',
      validity: 'current',
      summary: { 'zh-CN': '规划' },
    }),
  )
  writeFileSync(
    path.join(dir, 'programmes', 'dibao.yaml'),
    stringify({
      slug: 'dibao',
      category: 'basic-living',
      name: all('低保'),
      summary: all('低保'),
      whoCanApply: { 'zh-CN': '困难家庭' },
      amounts: [
        {
          key: 'standard',
          label: { 'zh-CN': '低保标准' },
          value: 900,
          unit: 'yuan-per-person-month',
          from: '2020',
          citation,
        },
        {
          key: 'standard',
          label: { 'zh-CN': '低保标准' },
          value: 420,
          unit: 'yuan-per-person-month',
          from: '2015',
          to: '2016',
          citation,
        },
      ],
      documents: [{ 'zh-CN': '户口簿', en: 'Hukou booklet' }],
      where: { 'zh-CN': '镇（街道）窗口' },
      steps: [{ 'zh-CN': '申请' }],
      citations: [citation],
    }),
  )
  return dir
}

const dir = tempContent()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loadProgrammesForRules', () => {
  it('maps content records to the engine’s minimal input', () => {
    expect(loadProgrammesForRules(dir)).toEqual([
      {
        slug: 'dibao',
        name: all('低保'),
        amounts: [
          { key: 'standard', value: 900, unit: 'yuan-per-person-month', from: '2020' },
          { key: 'standard', value: 420, unit: 'yuan-per-person-month', from: '2015', to: '2016' },
        ],
        documents: [{ 'zh-CN': '户口簿', en: 'Hukou booklet' }],
        where: { 'zh-CN': '镇（街道）窗口' },
      },
    ])
  })
  it('fails loudly on invalid content', () => {
    writeFileSync(path.join(dir, 'programmes', 'broken.yaml'), 'slug: broken\n')
    expect(() => loadProgrammesForRules(dir)).toThrow(/broken\.yaml/)
    rmSync(path.join(dir, 'programmes', 'broken.yaml'))
  })
  it('keeps only the fields the engine uses', () => {
    const [p] = loadProgrammesForRules(dir)
    expect(Object.keys(p).sort()).toEqual(['amounts', 'documents', 'name', 'slug', 'where'])
  })
  it('goes through the CMS mapping: related policies arrive with title and 文号', () => {
    const dibao = loadProgrammesForRules().find((p) => p.slug === 'dibao')!
    expect(dibao.policies).toContainEqual({
      slug: 'zhongbanfa-2020-18',
      title: expect.objectContaining({ 'zh-CN': '关于改革完善社会救助制度的意见' }),
      docNumber: '中办发〔2020〕18号',
    })
  })
})

const realContent = realContentLoads()

describe.skipIf(!realContent)('the real content/programmes records', () => {
  it('hold a record for every programme the engine knows', () => {
    const slugs = new Set(loadProgrammesForRules().map((p) => p.slug))
    expect(PROGRAMME_IDS.filter((id) => !slugs.has(id))).toEqual([])
  })
})
