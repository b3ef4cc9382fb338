/**
 * Seeds the search-synonyms global from content/search-synonyms.yaml — only while the global is
 * empty, so the list editors extend in the admin is never overwritten.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { parse } from 'yaml'
import { CONTENT_DIR } from '../../content/schema/load'
import { synonymsFile } from '../../search/synonyms'

export const contentDir = () => process.env.CONTENT_DIR || CONTENT_DIR

export async function seedSynonyms(payload: Payload, dir: string): Promise<string> {
  const file = path.join(dir, 'search-synonyms.yaml')
  if (!existsSync(file)) return 'no content/search-synonyms.yaml'
  const { pairs } = synonymsFile.parse(parse(readFileSync(file, 'utf8')))
  const current = await payload.findGlobal({ slug: 'search-synonyms', depth: 0 })
  if ((current.pairs ?? []).length > 0) return `${current.pairs!.length} pairs in the CMS, kept`
  await payload.updateGlobal({
    slug: 'search-synonyms',
    data: { pairs },
    context: { seeding: true },
  })
  return `${pairs.length} pairs imported`
}
