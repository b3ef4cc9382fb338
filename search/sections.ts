/**
 * A long rich-text body (the plan's full text) split at its headings, so a search hit lands on
 * its section. The policy page gives the same headings the same ids through `withSectionIds`.
 */
const HEADING = /<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/g

export const sectionId = (n: number) => `sec-${n + 1}`

/** The body HTML with id="sec-N" on its N-th heading. */
export function withSectionIds(html: string): string {
  let n = 0
  return html.replace(/<h([2-6])\b/g, (m, level: string) => `<h${level} id="${sectionId(n++)}"`)
}

/** HTML → plain text (tags removed, entities of the rich-text converter decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|tr|blockquote)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

export type Section = { anchor?: string; heading?: string; text: string }

/** Sections in order; text before the first heading has no anchor. */
export function splitSections(html: string): Section[] {
  const out: Section[] = []
  let last = 0
  let current: Section = { text: '' }
  let n = 0
  for (const m of html.matchAll(HEADING)) {
    current.text = htmlToText(html.slice(last, m.index))
    if (current.text || current.heading) out.push(current)
    current = { anchor: sectionId(n++), heading: htmlToText(m[2]), text: '' }
    last = m.index + m[0].length
  }
  current.text = htmlToText(html.slice(last))
  if (current.text || current.heading) out.push(current)
  return out
}
