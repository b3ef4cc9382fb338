import {
  convertLexicalToHTML,
  LinkHTMLConverter,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

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
  return section && slug ? `${LOCALE_PREFIX[locale] ?? ''}/${section}/${slug}/` : '#'
}

/** Lexical JSON → plain semantic HTML without wrapper classes. */
export function richTextToHtml(data: unknown, locale = 'zh-CN'): string {
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => internalHref(linkNode, locale) }),
  })
  return convertLexicalToHTML({
    data: data as SerializedEditorState,
    converters,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
