import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Answers } from '../../../site/lib/eligibility-ui/answers'
import {
  isView,
  nextView,
  previousView,
  progress,
  stepsFor,
  validView,
} from '../../../site/lib/eligibility-ui/steps'
import { ALL_UNKNOWN, ALONE_75, FAMILY } from './fixtures'

const TAIL = ['income', 'assets', 'supporter', 'emergency', 'bereavement', 'stranded']

describe('which steps appear', () => {
  it('asks about one person before the size is known, and 9 steps for someone alone', () => {
    expect(stepsFor(emptyAnswers())).toEqual(['residence', 'size', 'person-0', ...TAIL])
    expect(stepsFor(ALONE_75)).toHaveLength(9)
  })

  it('asks no disability grade or kind when nobody has a disability certificate', () => {
    const a: Answers = {
      size: 2,
      members: [
        { age: 40, situations: ['illness'] },
        { age: 38, situations: 'none' },
      ],
    }
    expect(stepsFor(a)).toEqual(['residence', 'size', 'person-0', 'person-1', ...TAIL])
  })

  it('asks grade and kind of a certificate on the person step: no extra step', () => {
    expect(stepsFor(FAMILY).slice(0, 7)).toEqual([
      'residence',
      'size',
      'person-0',
      'person-1',
      'person-2',
      'children',
      'income',
    ])
  })

  it('takes a family of three with a disabled parent and a child through in 12 steps', () => {
    expect(FAMILY.members[0].situations).toContain('disability')
    expect(FAMILY.members[1].age).toBeLessThan(18)
    expect(stepsFor(FAMILY)).toHaveLength(12)
  })

  it('asks the child question only when someone is under 18', () => {
    const adults: Answers = { size: 2, members: [{ age: 18 }, { age: 'unknown' }] }
    expect(stepsFor(adults)).not.toContain('children')
    expect(stepsFor({ ...adults, members: [{ age: 18 }, { age: 17 }] })).toContain('children')
    // a child beyond the household size does not count
    expect(stepsFor({ size: 1, members: [{ age: 40 }, { age: 3 }] })).not.toContain('children')
  })

  it('skips the person steps when the size is unknown', () => {
    expect(stepsFor(ALL_UNKNOWN)).toEqual(['residence', 'size', ...TAIL])
  })

  it('stays within 12 steps for a household of three without extra circumstances', () => {
    const three: Answers = {
      size: 3,
      members: [
        { age: 40, situations: 'none' },
        { age: 38, situations: 'none' },
        { age: 70, situations: ['illness'] },
      ],
    }
    expect(stepsFor(three).length).toBeLessThanOrEqual(12)
  })
})

describe('moving between steps', () => {
  it('goes forward, back, and to the results after the last step', () => {
    expect(nextView(ALONE_75, 'residence')).toBe('size')
    expect(nextView(ALONE_75, 'person-0')).toBe('income')
    expect(nextView(ALONE_75, 'stranded')).toBe('results')
    expect(previousView(ALONE_75, 'residence')).toBeUndefined()
    expect(previousView(ALONE_75, 'income')).toBe('person-0')
    expect(previousView(ALONE_75, 'results')).toBe('stranded')
    expect(nextView(FAMILY, 'person-0')).toBe('person-1')
  })

  it('counts progress as "step n of about total"', () => {
    expect(progress(ALONE_75, 'person-0')).toEqual({ n: 3, total: 9 })
    expect(progress(FAMILY, 'children')).toEqual({ n: 6, total: 12 })
  })

  it('falls back to the first step for a view that no longer exists', () => {
    expect(validView(ALONE_75, 'person-4')).toBe('residence')
    expect(validView(ALONE_75, 'results')).toBe('results')
    expect(validView(FAMILY, 'person-2')).toBe('person-2')
    // a step of an older version (grade and kind had their own step) is no view any more
    expect([
      isView('results'),
      isView('person-3'),
      isView('disability-0'),
      isView('nonsense'),
      isView(3),
    ]).toEqual([true, true, false, false, false])
  })
})
