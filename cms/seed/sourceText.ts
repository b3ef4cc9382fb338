/**
 * A source text we hold in full (content/sources/*.txt, e.g. the plan) → Markdown for the
 * policy's body: chapter and section headings become headings, paragraphs broken across PDF
 * pages are joined, the table of contents and the tab-separated indicator table are left out
 * (the table is shown cleaned on the indicators page).
 */
const CHAPTER = /^第[一二三四五六七八九十]+章\s*\S+/
const SECTION = /^[一二三四五六七八九十]+、\S+/
const SUBSECTION = /^[（(][一二三四五六七八九十]+[)）]\s*\S+/
const TOC_LINE = /(\.{3,}|…{2,})\s*\d+\s*$|^\S.{0,40}\s+\d{1,2}$/
const ENDS_SENTENCE = /[。！？；：”」）)]$/

export function sourceToMarkdown(
  text: string,
  tableNote = '（主要指标表见本站“规划指标”页。）',
): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const bodyStart = lines.findIndex((l, i) => i > 0 && /^“十四五”时期是/.test(l))
  const blocks: string[] = []
  let para = ''
  let inTable = false
  const flush = () => {
    if (para) blocks.push(para)
    para = ''
  }
  for (const line of lines.slice(Math.max(bodyStart, 0))) {
    if (!line) continue
    if (line.includes('\t') || /^表“十四五”/.test(line)) {
      if (!inTable) {
        flush()
        blocks.push(/^表/.test(line) ? `**${line}**\n\n${tableNote}` : tableNote)
      }
      inTable = true
      continue
    }
    inTable = false
    if (TOC_LINE.test(line) && line.length < 40 && !ENDS_SENTENCE.test(line)) continue
    if (CHAPTER.test(line) && line.length < 30) {
      flush()
      blocks.push(`## ${line}`)
    } else if (
      (SECTION.test(line) || SUBSECTION.test(line)) &&
      line.length < 30 &&
      !ENDS_SENTENCE.test(line)
    ) {
      flush()
      blocks.push(`${SECTION.test(line) ? '###' : '####'} ${line}`)
    } else {
      para += line
      if (ENDS_SENTENCE.test(line)) flush()
    }
  }
  flush()
  return blocks.join('\n\n')
}
