/**
 * The questionnaire's UI strings (elig.* in site/i18n): present in every locale, placeholders
 * kept, no simplified characters in zh-Hant, no Chinese in en, and every key the code names exists.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simplifiedChars } from '../../../content/schema/hantTraps'
import { describe, expect, it } from 'vitest'
import {
  GRADE_OPTIONS,
  KIND_OPTIONS,
  QUESTIONS,
  SITUATION_OPTIONS,
} from '../../../site/lib/eligibility-ui/questions'

const root = path.resolve(import.meta.dirname, '../../..')
const load = (l: string) =>
  JSON.parse(readFileSync(path.join(root, `site/i18n/${l}.json`), 'utf8')) as Record<string, string>
const [zh, hant, en] = ['zh-CN', 'zh-Hant', 'en'].map(load)
const keys = Object.keys(zh).filter((k) => k.startsWith('elig.') || k === 'nav.eligibility')
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('questionnaire copy', () => {
  it('has every string in all three locales with the same placeholders', () => {
    expect(keys.length).toBeGreaterThan(100)
    for (const k of keys) {
      for (const l of [hant, en]) expect(l[k]?.trim(), k).toBeTruthy()
      expect(placeholders(hant[k]), k).toEqual(placeholders(zh[k]))
      expect(placeholders(en[k]), k).toEqual(placeholders(zh[k]))
    }
  })

  it('has no simplified characters in zh-Hant and no Chinese in en', () => {
    for (const k of keys) {
      expect(simplifiedChars(hant[k]), `${k}: ${hant[k]}`).toEqual([])
      expect(/[\u3400-\u9fff]/.test(en[k]), `${k}: ${en[k]}`).toBe(false)
    }
  })

  it('defines every elig.* key the components and helpers name literally', () => {
    const dirs = ['site/components/eligibility', 'site/lib/eligibility-ui']
    const used = new Set<string>()
    for (const dir of dirs) {
      for (const file of readdirSync(path.join(root, dir))) {
        const source = readFileSync(path.join(root, dir, file), 'utf8')
        for (const m of source.matchAll(/'(elig\.[\w.-]+)'/g)) used.add(m[1])
      }
    }
    expect(used.size).toBeGreaterThan(40)
    // 'elig.kind' and the like are prefixes of option keys, checked below
    const isPrefix = (k: string) => Object.keys(zh).some((x) => x.startsWith(`${k}.`))
    expect([...used].filter((k) => !(k in zh) && !isPrefix(k))).toEqual([])
  })

  it('defines the label of every option and question', () => {
    const options = [
      ...GRADE_OPTIONS,
      ...KIND_OPTIONS,
      ...SITUATION_OPTIONS,
      ...Object.values(QUESTIONS).flatMap((q) => (q.kind === 'choice' ? q.options : [])),
    ]
    const named = [
      ...options.map((o) => o.label),
      ...Object.values(QUESTIONS).flatMap((q) => [q.question, q.hint ?? q.question]),
    ]
    expect(named.filter((k) => !(k in zh))).toEqual([])
  })
})
