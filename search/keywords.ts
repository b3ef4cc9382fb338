/**
 * Keywords generated at index time (Node only): pinyin with and without tones and spaces, pinyin
 * initials, the syllable runs inside a name (so "fuliyuan" finds 开平市社会福利院) and Cantonese
 * Jyutping. Libraries, not hand tables: pinyin-pro and to-jyutping.
 */
import { pinyin } from 'pinyin-pro'
import ToJyutping from 'to-jyutping'
import { isCjk, normalise } from './normalise'

const MAX_SYLLABLES = 14

const toned = new Map<string, string[]>()

/** Pinyin with tone marks of the Chinese characters in `text` (others dropped), remembered. */
function tonedSyllables(text: string): string[] {
  const han = [...text].filter(isCjk).join('')
  if (!han) return []
  let out = toned.get(han)
  if (!out) {
    out = pinyin(han, { type: 'array' })
    if (toned.size < 50_000) toned.set(han, out)
  }
  return out
}

/** Toneless pinyin syllables of the Chinese characters in `text`. */
export const syllables = (text: string): string[] => tonedSyllables(text).map((s) => normalise(s))

/** Every run of consecutive syllables, joined ("yang", "yanglao", "laojigou"…) and as initials. */
function runs(sy: string[]): string[] {
  const out = new Set<string>()
  const n = Math.min(sy.length, MAX_SYLLABLES)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= n; j++) {
      out.add(sy.slice(i, j).join(''))
      if (j - i >= 2)
        out.add(
          sy
            .slice(i, j)
            .map((s) => s[0])
            .join(''),
        )
    }
  }
  return [...out]
}

const named = new Map<string, readonly string[]>()

/** Pinyin keywords of a name: toned and spaced for display/Meilisearch, plus every run. */
export function pinyinKeywords(name: string): readonly string[] {
  let out = named.get(name)
  if (!out) {
    const withTones = tonedSyllables(name)
    const sy = withTones.map((s) => normalise(s))
    out = withTones.length ? [...new Set([withTones.join(' '), sy.join(' '), ...runs(sy)])] : []
    // every locale's record of a page has the zh-CN name's keywords: worked out once
    if (named.size < 50_000) named.set(name, out)
  }
  return out
}

/** Jyutping of a Chinese name, spaced and joined without tone numbers ("cek ham", "cekham"). */
export function jyutpingKeywords(name: string, given?: string): string[] {
  const han = [...name].filter(isCjk).join('')
  const out = new Set<string>()
  const add = (jp: string) => {
    const sy = jp
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => s.replace(/[1-6]$/, ''))
    if (sy.length === 0) return
    out.add(jp.toLowerCase())
    out.add(sy.join(' '))
    for (const r of runs(sy)) if (r.length > 2) out.add(r)
  }
  if (given) add(given)
  if (han) {
    const computed = ToJyutping.getJyutpingList(han)
      .map(([, jp]) => jp)
      .filter(Boolean)
      .join(' ')
    if (computed) add(computed)
  }
  return [...out]
}
