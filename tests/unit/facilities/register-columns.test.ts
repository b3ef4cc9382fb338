import { describe, expect, it } from 'vitest'
import {
  applyPatch,
  columnFor,
  HEADERS,
  rowToPatch,
  toRow,
} from '../../../cms/facility-register/columns'

const stored = {
  slug: 'home',
  name: { 'zh-CN': '颐养院' },
  kind: 'care-home',
  beds: 80,
  medicalIntegration: { partner: '人民医院' },
  monthlyFee: { min: 1500, max: 2500 },
  summary: { 'zh-CN': '简介' },
  citations: [{ source: 'kaiping-14th-plan', location: '第一章' }],
}

describe('facility register rows', () => {
  it('an empty cell keeps the stored value; "-" clears it; 否 clears 医养结合', () => {
    const out = applyPatch(
      stored,
      rowToPatch({ slug: 'home', beds: '', fee_min: '-', medical: '否' }),
    )
    expect(out.beds).toBe(80)
    expect(out.monthlyFee).toBeUndefined()
    expect(out.medicalIntegration).toBeUndefined()
  })

  it('是 keeps the partner; numbers are numbers, other text stays text for the schema to refuse', () => {
    const out = applyPatch(stored, rowToPatch({ medical: '是', nursing_beds: '40', beds: '十' }))
    expect(out.medicalIntegration).toEqual({ partner: '人民医院' })
    expect(out.nursingBeds).toBe(40)
    expect(out.beds).toBe('十')
  })

  it('exports every column and names the column of a schema problem', () => {
    const row = toRow(stored as never)
    expect(Object.keys(row)).toEqual(HEADERS)
    expect(row).toMatchObject({
      beds: '80',
      medical: '是',
      fee_min: '1500',
      source: 'kaiping-14th-plan',
    })
    expect(columnFor(['monthlyFee', 'max'])).toBe('fee_max')
    expect(columnFor(['name', 'zh-CN'])).toBe('name_zh-CN')
    expect(columnFor(['citations', 0, 'location'])).toBe('source_location')
  })
})
