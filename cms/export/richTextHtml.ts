import {
  BlockquoteHTMLConverter,
  convertLexicalToHTML,
  HeadingHTMLConverter,
  HorizontalRuleHTMLConverter,
  LinebreakHTMLConverter,
  LinkHTMLConverter,
  ListHTMLConverter,
  ParagraphHTMLConverter,
  TabHTMLConverter,
  TextHTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { sanitizeRichHtml } from '../richText/sanitize'

/** Where each collection's documents live on the public site. */
const SECTION: Record<string, string> = {
  programmes: 'programmes',
  facilities: 'facilities',
  policies: 'policies',
  'charity-projects': 'charity',
  'place-stories': 'places',
}
const LOCALE_PREFIX: Record<string, string> = { 'zh-CN': '', 'zh-Hant': '/zh-hant', en: '/en' }

/** An editor's link to another record → that record's page, in the same language. */
export function internalHref(linkNode: SerializedLinkNode, locale: string): string {
  const doc = linkNode.fields.doc
  const value = doc?.value as { slug?: string } | string | number | undefined
  const slug = value && typeof value === 'object' ? value.slug : undefined
  const section = doc ? SECTION[doc.relationTo] : undefined
  return section && slug
    ? `${LOCALE_PREFIX[locale] ?? ''}/${section}/${encodeURIComponent(slug)}/`
    : '#'
}

// Lexical's text format bits for strikethrough and underline (lexical/utils/nodeFormat)
const STRIKE = 4
const UNDERLINE = 8

/**
 * Only the node types the site renders (cms/richText/allowlist.ts) have a converter; anything
 * else renders as its children's text. Underline and strikethrough are tags, not inline styles, so the
 * page needs no style attributes.
 */
const converters = (locale: string): HTMLConverters => ({
  ...ParagraphHTMLConverter,
  ...HeadingHTMLConverter,
  ...ListHTMLConverter,
  ...BlockquoteHTMLConverter,
  ...LinebreakHTMLConverter,
  ...TabHTMLConverter,
  ...HorizontalRuleHTMLConverter,
  ...LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => internalHref(linkNode, locale) }),
  text: (args) => {
    const format = Number(args.node.format) || 0
    // Payload's converter escapes the text and writes bold, italic, code, sub, sup
    const inner = TextHTMLConverter.text as (a: typeof args) => string
    let html = inner({ ...args, node: { ...args.node, format: format & ~(STRIKE | UNDERLINE) } })
    if (format & STRIKE) html = `<s>${html}</s>`
    if (format & UNDERLINE) html = `<u>${html}</u>`
    return html
  },
  // a node the site does not render keeps its text, never its markup or attributes
  unknown: ({ node, nodesToHTML }) => {
    const children = (node as { children?: unknown }).children
    return Array.isArray(children) ? nodesToHTML({ nodes: children as never }).join('') : ''
  },
})

/** Lexical JSON → plain semantic HTML without wrapper classes, sanitized. */
export function richTextToHtml(data: unknown, locale = 'zh-CN'): string {
  const html = convertLexicalToHTML({
    data: data as SerializedEditorState,
    converters: converters(locale),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  return sanitizeRichHtml(html)
}
