import { describe, expect, it } from 'vitest'
import { decodeFragment, encodeFragment } from '../../../site/lib/eligibility-ui/fragment'
import { parseAnswers } from '../../../site/lib/eligibility-ui/parse'
import { clearSaved, loadSaved, save, STORAGE_KEY } from '../../../site/lib/eligibility-ui/storage'
import { SAMPLES } from './fixtures'

const b64 = (text: string) => Buffer.from(text).toString('base64url')

describe('answers in the URL fragment', () => {
  it('round-trips every sample through "#a=…"', () => {
    for (const answers of Object.values(SAMPLES)) {
      const fragment = encodeFragment(answers)
      expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/)
      expect(decodeFragment(`#${fragment}`)).toEqual({ kind: 'ok', answers })
      expect(decodeFragment(fragment)).toEqual({ kind: 'ok', answers })
    }
  })

  it("ignores fragments that are not answers (the skip link's #main, an empty hash)", () => {
    expect(decodeFragment('#main')).toEqual({ kind: 'none' })
    expect(decodeFragment('')).toEqual({ kind: 'none' })
  })

  it('reports a garbled, cut-off or foreign fragment as invalid instead of throwing', () => {
    const good = encodeFragment(SAMPLES.FAMILY)
    for (const hash of [
      '#a=',
      '#a=%%%',
      '#a=not base64!',
      `#${good.slice(0, good.length - 9)}`,
      `#${good}x`,
      `#a=${b64('{"v":2,"a":{"members":[]}}')}`,
      `#a=${b64('[1,2,3]')}`,
      `#a=${b64('null')}`,
      `#a=${b64('{"v":1,"a":{"members":[],"income":-5}}')}`,
      `#a=${b64('{"v":1,"a":{"members":[],"hack":true}}')}`,
      `#a=${Buffer.from([0xff, 0xfe, 0x00]).toString('base64url')}`,
    ]) {
      expect(decodeFragment(hash), hash).toEqual({ kind: 'invalid' })
    }
  })
})

describe('validating restored answers', () => {
  it('accepts every sample as it is', () => {
    for (const answers of Object.values(SAMPLES)) expect(parseAnswers(answers)).toEqual(answers)
  })

  it('rejects values out of range, of the wrong type, or unknown keys', () => {
    const bad: unknown[] = [
      null,
      [],
      'x',
      {},
      { members: {} },
      { members: [], size: 0 },
      { members: [], size: 13 },
      { members: [], size: 2.5 },
      { members: [{ age: 131 }] },
      { members: [{ age: '75' }] },
      { members: [{ situations: [] }] },
      { members: [{ situations: ['disability', 'disability'] }] },
      { members: [{ situations: ['flying'] }] },
      { members: [{ grade: 5 }] },
      { members: [{ kind: 'hearing-aid' }] },
      { members: [{ age: 3, extra: 1 }] },
      { members: [], income: Number.POSITIVE_INFINITY },
      { members: [], residence: 'beijing' },
      { members: [], assets: true },
      { members: [], emergency: 'flood' },
      { members: Array(13).fill({}) },
    ]
    for (const raw of bad) expect(parseAnswers(raw), JSON.stringify(raw)).toBeUndefined()
  })
})

describe('answers kept in sessionStorage', () => {
  const memory = () => {
    const data = new Map<string, string>()
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    }
  }

  it('saves, loads and clears the answers and the current step', () => {
    const s = memory()
    save(s, { answers: SAMPLES.FAMILY, view: 'person-2' })
    expect(loadSaved(s)).toEqual({ answers: SAMPLES.FAMILY, view: 'person-2' })
    clearSaved(s)
    expect(s.data.size).toBe(0)
    expect(loadSaved(s)).toBeUndefined()
  })

  it('falls back to the first step for a stale step and ignores damaged data', () => {
    const s = memory()
    save(s, { answers: SAMPLES.ALONE_75, view: 'person-2' })
    expect(loadSaved(s)?.view).toBe('residence')
    s.data.set(STORAGE_KEY, '{not json')
    expect(loadSaved(s)).toBeUndefined()
    s.data.set(STORAGE_KEY, JSON.stringify({ answers: { members: [], size: 99 }, view: 'size' }))
    expect(loadSaved(s)).toBeUndefined()
  })

  it('keeps working when storage is missing or throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(loadSaved(broken)).toBeUndefined()
    expect(() => save(broken, { answers: SAMPLES.EMPTY, view: 'residence' })).not.toThrow()
    expect(() => clearSaved(broken)).not.toThrow()
    expect(loadSaved(undefined)).toBeUndefined()
  })
})
