/**
 * Highlighted excerpts: where a result's text matches the query's terms, as plain segments the
 * page turns into text and <mark> nodes (never HTML, so no markup from content is injected).
 */
import { normalise } from './normalise'

export type Segment = { text: string; mark: boolean }

/** Each character normalised on its own, so positions map back to the original text. */
function charForms(text: string): { chars: string[]; norm: string[] } {
  const chars = [...text]
  return { chars, norm: chars.map((c) => normalise(c) || ' ') }
}

/** Text split into marked and unmarked runs; `terms` are normalised query terms. */
export function highlight(text: string, terms: string[]): Segment[] {
  const { chars, norm } = charForms(text)
  const marked = new Array<boolean>(chars.length).fill(false)
  const flat = norm.join('')
  // positions of each char's normalised form in the joined string
  const starts: number[] = []
  let pos = 0
  for (const n of norm) {
    starts.push(pos)
    pos += n.length
  }
  for (const term of terms.filter((t) => t.length > 0)) {
    let i = flat.indexOf(term)
    while (i >= 0) {
      for (let c = 0; c < chars.length; c++)
        if (starts[c] < i + term.length && starts[c] + norm[c].length > i) marked[c] = true
      i = flat.indexOf(term, i + term.length)
    }
  }
  const out: Segment[] = []
  chars.forEach((ch, i) => {
    const last = out.at(-1)
    if (last && last.mark === marked[i]) last.text += ch
    else out.push({ text: ch, mark: marked[i] })
  })
  return out
}

/** About `size` characters around the first match (or the start), highlighted. */
export function excerpt(text: string, terms: string[], size = 110): Segment[] {
  const segs = highlight(text.replace(/\s+/g, ' '), terms)
  let offset = 0
  let first = -1
  for (const s of segs) {
    if (s.mark) {
      first = offset
      break
    }
    offset += [...s.text].length
  }
  const start = Math.max(0, first - Math.floor(size / 3))
  const out: Segment[] = []
  let at = 0
  for (const s of segs) {
    const chars = [...s.text]
    const from = Math.max(0, start - at)
    const to = Math.min(chars.length, start + size - at)
    if (to > from) out.push({ text: chars.slice(from, to).join(''), mark: s.mark })
    at += chars.length
  }
  if (start > 0) out.unshift({ text: '…', mark: false })
  if (at > start + size) out.push({ text: '…', mark: false })
  return out
}
