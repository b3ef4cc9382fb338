import { describe, expect, it } from 'vitest'
import { toggleSituation, withMember } from '../../../site/lib/eligibility-ui/answers'
import {
  gradeFrom,
  kindFrom,
  parseNumber,
  QUESTIONS,
  withChoice,
} from '../../../site/lib/eligibility-ui/questions'
import { stepsFor } from '../../../site/lib/eligibility-ui/steps'
import { stepErrors } from '../../../site/lib/eligibility-ui/validate'
import { ALONE_75, FAMILY } from './fixtures'

describe('questions', () => {
  it('offers 不清楚 on every single-choice question', () => {
    for (const q of Object.values(QUESTIONS)) {
      if (q.kind === 'choice')
        expect(
          q.options.map((o) => o.value),
          q.field,
        ).toContain('unknown')
    }
  })

  it('reads typed numbers, including full-width digits and separators', () => {
    const money = { min: 0, max: 10_000_000, integer: false }
    const age = { min: 0, max: 130, integer: true }
    expect(parseNumber('1,200', money)).toBe(1200)
    expect(parseNumber('１２００元', money)).toBe(1200)
    expect(parseNumber(' 850.5 ', money)).toBe(850.5)
    expect(parseNumber('', money)).toBeUndefined()
    expect(parseNumber('-3', money)).toBe('invalid')
    expect(parseNumber('abc', money)).toBe('invalid')
    expect(parseNumber('75.5', age)).toBe('invalid')
    expect(parseNumber('131', age)).toBe('invalid')
    expect(parseNumber('0', age)).toBe(0)
  })

  it('sets only the values a question offers', () => {
    expect(withChoice({ members: [] }, 'assets', 'yes')).toEqual({ members: [], assets: 'yes' })
    expect(withChoice({ members: [] }, 'assets', 'maybe')).toEqual({ members: [] })
    expect(withChoice({ members: [] }, 'emergency', 'none')).toEqual({
      members: [],
      emergency: 'none',
    })
    expect([gradeFrom('2'), gradeFrom('unknown'), gradeFrom('7')]).toEqual([
      2,
      'unknown',
      undefined,
    ])
    expect([kindFrom('mental'), kindFrom('x')]).toEqual(['mental', undefined])
  })

  it('ticks situations: "none" and 不清楚 exclude the others; the last untick clears', () => {
    expect(toggleSituation(undefined, 'illness', true)).toEqual(['illness'])
    expect(toggleSituation(['illness'], 'disability', true)).toEqual(['disability', 'illness'])
    expect(toggleSituation(['illness', 'disability'], 'none', true)).toBe('none')
    expect(toggleSituation('none', 'school', true)).toEqual(['school'])
    expect(toggleSituation('unknown', 'unknown', false)).toBeUndefined()
    expect(toggleSituation(['school'], 'school', false)).toBeUndefined()
  })

  it('grows the member list when a later person is answered first', () => {
    expect(withMember({ members: [] }, 2, { age: 9 }).members).toEqual([{}, {}, { age: 9 }])
  })
})

describe('what a step still needs', () => {
  it('needs nothing once every step is answered', () => {
    for (const a of [ALONE_75, FAMILY]) {
      for (const step of stepsFor(a)) expect(stepErrors(a, step), step).toEqual([])
    }
  })

  it('names each missing field so focus can go to it', () => {
    expect(stepErrors({ members: [] }, 'residence')).toEqual([
      { field: 'residence', message: 'elig.error.choose' },
    ])
    expect(stepErrors({ members: [] }, 'income')).toEqual([
      { field: 'income', message: 'elig.error.money', vars: { min: 0, max: 10_000_000 } },
    ])
    expect(stepErrors({ members: [] }, 'person-0').map((e) => e.field)).toEqual([
      'age-0',
      'situations-0',
    ])
    // grade and kind are asked on the person step once a 残疾人证 is ticked
    expect(
      stepErrors({ members: [{ age: 40, situations: ['disability'] }] }, 'person-0').map(
        (e) => e.field,
      ),
    ).toEqual(['grade-0', 'kind-0'])
    expect(stepErrors({ members: [], size: 'unknown' }, 'size')).toEqual([])
  })
})
