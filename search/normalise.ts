/**
 * The one query normaliser, shared by indexing (Node) and the search page (browser), so index
 * and query always agree: 繁→简 (OpenCC, Hong Kong and Taiwan forms), full-width → half-width
 * (NFKC), lower case, tone marks removed, punctuation to spaces.
 */
import { ConverterFactory } from 'opencc-js/core'
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases'
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev'
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev'
import TSPhrases from 'opencc-js/dict/TSPhrases'
import TSCharacters from 'opencc-js/dict/TSCharacters'

const toSimplified = ConverterFactory(
  [[HKVariantsRevPhrases, HKVariantsRev, TWVariantsRev]],
  [[TSPhrases, TSCharacters]],
)

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
export const isCjk = (ch: string) => CJK.test(ch)

const memo = new Map<string, string>()

/** Text in the form both the index and the query use. Length may change (NFKC). */
export function normalise(text: string): string {
  // single characters (excerpts) and short words (synonyms, keywords) repeat: remember them
  if (text.length > 24) return convert(text)
  let out = memo.get(text)
  if (out === undefined) {
    out = convert(text)
    if (memo.size < 100_000) memo.set(text, out)
  }
  return out
}

const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/

function convert(text: string): string {
  const nfkc = text.normalize('NFKC')
  // OpenCC only maps Chinese characters: text without any (pinyin keywords) skips it
  return (HAS_HAN.test(nfkc) ? toSimplified(nfkc) : nfkc)
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // tone marks: yǎng → yang, ü → u
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Index terms of normalised text: every Chinese character pair (and single characters of short
 * runs), latin words and numbers. The query uses the same function.
 */
export function terms(normalised: string, opts: { unigrams?: boolean } = {}): string[] {
  const out: string[] = []
  for (const word of normalised.split(' ')) {
    if (!word) continue
    // split into runs of CJK and of everything else
    for (const run of word.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) ??
      []) {
      if (!isCjk(run[0])) {
        out.push(run)
        continue
      }
      const chars = [...run]
      if (chars.length === 1 || opts.unigrams) out.push(...chars)
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
    }
  }
  return out
}
