/** "Did you mean": the title whose pinyin best contains a mistyped pinyin query. */
import type { Vocab } from './format'

/** Smallest edit distance between `q` and any substring of `text` (Sellers' algorithm). */
export function substringDistance(q: string, text: string): number {
  let prev = new Array<number>(text.length + 1).fill(0)
  for (let i = 1; i <= q.length; i++) {
    const cur = [i]
    for (let j = 1; j <= text.length; j++)
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (q[i - 1] === text[j - 1] ? 0 : 1),
      )
    prev = cur
  }
  return Math.min(...prev)
}

/** The document whose title pinyin is closest, if close enough (1 edit per 4 letters, max 2). */
export function closest(q: string, vocab: Vocab): number | undefined {
  const allowed = Math.min(2, Math.floor(q.length / 4))
  let best: { d: number; doc: number; len: number } | undefined
  for (const [py, doc] of vocab) {
    const d = substringDistance(q, py)
    if (d > allowed) continue
    if (!best || d < best.d || (d === best.d && py.length < best.len))
      best = { d, doc, len: py.length }
  }
  return best?.doc
}
