import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Lexical JSON → plain semantic HTML without wrapper classes. */
export function richTextToHtml(data: unknown): string {
  return convertLexicalToHTML({ data: data as SerializedEditorState, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
