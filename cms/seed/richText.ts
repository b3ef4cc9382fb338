import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

export type MarkdownToRichText = (markdown: string) => unknown

/** Markdown from content/ → the Lexical JSON the admin edits. */
export async function markdownConverter(config: SanitizedConfig): Promise<MarkdownToRichText> {
  const editorConfig = await editorConfigFactory.default({ config })
  return (markdown) => convertMarkdownToLexical({ editorConfig, markdown })
}
