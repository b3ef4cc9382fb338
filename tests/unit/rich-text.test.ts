import { describe, expect, it } from 'vitest'
import { richTextToHtml } from '../../cms/export/richTextHtml'

const para = (children: unknown[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children,
      },
    ],
  },
})
const text = (t: string) => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})
const internalLink = (relationTo: string, value: unknown) => ({
  type: 'link',
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text('低保')],
})

describe('rich text from the CMS → the static site', () => {
  it('turns an editor’s link to another record into that page, in the page’s language', () => {
    const html = richTextToHtml(para([internalLink('programmes', { id: 1, slug: 'dibao' })]), 'en')
    expect(html).toContain('href="/en/programmes/dibao/"')
    expect(
      richTextToHtml(para([internalLink('programmes', { id: 1, slug: 'dibao' })]), 'zh-CN'),
    ).toContain('href="/programmes/dibao/"')
  })

  it('does not invent a link to a record the public cannot see', () => {
    expect(richTextToHtml(para([internalLink('programmes', 7)]), 'zh-CN')).toContain('href="#"')
  })

  it('escapes text', () => {
    expect(richTextToHtml(para([text('<script>x</script>')]))).not.toContain('<script>')
  })
})
