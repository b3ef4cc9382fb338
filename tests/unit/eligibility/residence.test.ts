import { describe, expect, it } from 'vitest'
import {
  emergencyHappenedInKaiping,
  hasKaipingHukou,
  hasKaipingHukouOrPermit,
  isKaipingResident,
} from '../../../site/lib/eligibility/predicates/residence'
import { run, stateOf } from './helpers'

const table = [
  ['kaiping-hukou', 'met', 'met', 'met'],
  ['kaiping-resident', 'unmet', 'unknown', 'met'],
  ['other', 'unmet', 'unmet', 'unmet'],
  [undefined, 'unknown', 'unknown', 'unknown'],
] as const

describe('residence predicates', () => {
  it.each(table)(
    'residence %s → hukou %s, hukou-or-permit %s, resident %s',
    (residence, hukou, permit, resident) => {
      expect(stateOf(hasKaipingHukou(), { residence })).toBe(hukou)
      expect(stateOf(hasKaipingHukouOrPermit(), { residence })).toBe(permit)
      expect(stateOf(isKaipingResident(), { residence })).toBe(resident)
    },
  )
  it('explains the residence-permit route in every locale', () => {
    const r = run(hasKaipingHukouOrPermit(), { residence: 'kaiping-resident' })
    expect(r.reason['zh-CN']).toContain('居住证')
    expect(r.reason['zh-Hant']).toContain('居住證')
    expect(r.reason.en).toContain('residence permit')
  })
  it('never knows where an emergency happened', () => {
    expect(
      stateOf(emergencyHappenedInKaiping(), { residence: 'other', emergency: 'accident' }),
    ).toBe('unknown')
  })
})
