import { describe, expect, it } from 'vitest'
import {
  evaluate,
  HouseholdError,
  PROGRAMME_IDS,
  statusOf,
} from '../../../site/lib/eligibility/index'
import { FIXTURE_PROGRAMMES } from './fixtures/programmes'
import { adult } from './helpers'

const options = { date: '2020-12-01', programmes: FIXTURE_PROGRAMMES }
const elderAlone = {
  residence: 'kaiping-hukou',
  members: [adult({ age: 75, canWork: false })],
  monthlyIncome: 0,
  assetsWithinLimit: true,
  hasAbleSupporter: false,
  childCircumstance: null,
  emergency: null,
  bereavement: false,
  stranded: false,
}
const result = (h: object, id: string, o = options) =>
  evaluate(h, o).results.find((r) => r.programme === id)!

describe('statusOf', () => {
  it('is likely / possible / unlikely', () => {
    expect(statusOf(['met', 'met'])).toBe('likely')
    expect(statusOf(['met', 'unknown'])).toBe('possible')
    expect(statusOf(['unknown', 'unmet'])).toBe('unlikely')
    expect(statusOf([])).toBe('likely')
  })
})

describe('evaluate', () => {
  it('returns every programme, in order, with the date', () => {
    const e = evaluate(elderAlone, options)
    expect(e.date).toBe('2020-12-01')
    expect(e.results.map((r) => r.programme)).toEqual([...PROGRAMME_IDS])
  })
  it('finds an elderly person living alone without income likely 特困, with 1440 a month', () => {
    const r = result(elderAlone, 'tekun')
    expect(r.status).toBe('likely')
    expect(r.monthlyEstimate).toBe(1440)
    expect(r.conditions.map((c) => [c.id, c.state])).toEqual([
      ['hasKaipingHukou', 'met'],
      ['isTekunPerson', 'met'],
    ])
    // the named group (also used by 医疗救助), not a restatement of it
    expect(r.conditions[1].conditions?.map((c) => [c.id, c.state])).toEqual([
      ['isUnableToWork', 'met'],
      ['perCapitaIncomeBelow(dibao.standard)', 'met'],
      ['assetsWithinLimit', 'met'],
      ['hasNoAbleSupporter', 'met'],
    ])
  })
  it('gives no estimate for an unlikely programme', () => {
    const r = result({ ...elderAlone, monthlyIncome: 5000 }, 'dibao')
    expect(r.status).toBe('unlikely')
    expect(r.monthlyEstimate).toBeUndefined()
  })
  it('takes documents, where and name from the record', () => {
    const r = result(elderAlone, 'dibao')
    expect(r.documents[0]).toEqual({ 'zh-CN': '居民身份证', en: 'Resident identity card' })
    expect(r.where?.['zh-CN']).toContain('社会救助窗口')
    expect(r.name['zh-CN']).toBe('最低生活保障（低保）')
  })
  it('still answers when a record is missing, with a note and no parameters', () => {
    const programmes = FIXTURE_PROGRAMMES.filter((p) => p.slug !== 'dibao')
    const r = result(elderAlone, 'dibao', { ...options, programmes })
    expect(r.status).toBe('possible')
    expect(r.monthlyEstimate).toBeUndefined()
    expect(r.documents).toEqual([])
    expect(r.name.en).toBe('Dibao (minimum living allowance)')
    expect(r.notes.at(-1)?.['zh-CN']).toContain('还没有发布')
  })
  it('uses the parameters of the date: 特困 care fee only from 2020-02', () => {
    const h = { ...elderAlone, members: [adult({ age: 75, canWork: false, care: 'full' })] }
    expect(result(h, 'tekun', { ...options, date: '2020-01-31' }).monthlyEstimate).toBe(1440)
    expect(result(h, 'tekun', { ...options, date: '2020-02-01' }).monthlyEstimate).toBe(2370)
  })
  it('shows the linshi average as a note, never as an estimate', () => {
    const r = result({ ...elderAlone, emergency: 'disaster' }, 'linshi-jiuzhu')
    expect(r.status).toBe('likely')
    expect(r.monthlyEstimate).toBeUndefined()
    expect(r.oneOffEstimate).toBeUndefined()
    expect(r.notes.some((n) => n['zh-CN'].includes('2430') && n['zh-CN'].includes('平均数'))).toBe(
      true,
    )
  })
  it('validates raw input and the date', () => {
    expect(() => evaluate({ members: [{ age: '7' }] }, options)).toThrow(HouseholdError)
    expect(() => evaluate({}, { ...options, date: '2020-02-30' })).toThrow(RangeError)
  })
  it('reports everything unknown for an empty household, never likely', () => {
    const e = evaluate({}, options)
    for (const r of e.results) expect(r.status).toBe('possible')
  })
})
