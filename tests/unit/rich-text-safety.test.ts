import { describe, expect, it } from 'vitest'
import { isSafeHref, richTextProblem } from '../../cms/richText/allowlist'
import { sanitizeRichHtml } from '../../cms/richText/sanitize'
import { richTextToHtml } from '../../cms/export/richTextHtml'
import * as hostile from '../fixtures/hostile/richText'

describe('rich text an editor may save', () => {
  it('accepts what the editor offers', () => {
    expect(richTextProblem(hostile.ordinary)).toBeUndefined()
    expect(richTextProblem(null)).toBeUndefined()
  })

  it.each([
    ['a table cell with markup in headerState', hostile.tableWithHandler, /node type "table"/],
    ['a javascript: link', hostile.javascriptLink, /link url/],
    ['inline style on text', hostile.styledText, /style/],
    ['an unknown attribute', hostile.unknownNode, /attribute "onclick"/],
  ])('refuses %s', (_, value, message) => {
    expect(richTextProblem(value)).toMatch(message)
  })

  it('accepts web, mail and phone links and site paths, nothing else', () => {
    for (const ok of [
      'https://www.kaiping.gov.cn/',
      'http://x.cn',
      'mailto:a@b.cn',
      'tel:+86-750-1234567',
      '/policies/x/',
      '#top',
    ])
      expect(isSafeHref(ok), ok).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example/',
      'https://x.cn/"onmouseover="x',
    ])
      expect(isSafeHref(bad), bad).toBe(false)
  })
})

describe('the exported HTML, even if hostile JSON got into the database', () => {
  const noScript = (html: string) => {
    // inside a tag, not in escaped text
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i)
    expect(html).not.toMatch(/<[^>]*javascript:/i)
    expect(html).not.toMatch(/<(script|img|iframe|table|td|th|style)\b/i)
    expect(html).not.toMatch(/<[^>]*\sstyle=/i)
  }

  it.each([
    ['table', hostile.tableWithHandler],
    ['link', hostile.javascriptLink],
    ['style', hostile.styledText],
    ['raw html', hostile.rawHtmlText],
    ['unknown attribute', hostile.unknownNode],
  ])('renders %s without anything executable', (_, value) => {
    noScript(richTextToHtml(value))
  })

  it('keeps the text of raw HTML visible as text', () => {
    expect(richTextToHtml(hostile.rawHtmlText)).toContain('&lt;img src=x')
  })

  it('keeps ordinary formatting, with tags instead of inline styles', () => {
    const html = richTextToHtml(hostile.ordinary)
    expect(html).toContain('<h2>申请条件</h2>')
    expect(html).toContain('<strong>粗体</strong>')
    expect(html).toContain('<u>下划线</u>')
    expect(html).toMatch(/<ul>\s*<li[^>]*>一项<\/li>/)
    expect(html).toContain(
      '<a href="https://smzt.gd.gov.cn/" target="_blank" rel="noopener noreferrer">广东省民政厅</a>',
    )
  })

  it('the sanitizer drops handlers, scripts and dangerous schemes', () => {
    noScript(
      sanitizeRichHtml(
        '<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a><img src=x onerror=alert(1)><a href="//evil.example">c</a></p>',
      ),
    )
  })
})
