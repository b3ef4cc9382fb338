/**
 * Synonym pairs: what residents say → what the bureau's pages say. Editors extend the list in
 * the CMS (global "search-synonyms"); the export writes it beside the content. Both engines use
 * it: the static index adds the other word to a record's keywords, Meilisearch gets it as
 * index synonyms.
 */
import { z } from 'zod'
import { normalise } from './normalise'

const word = z.string().trim().min(1)
/** content/search-synonyms.yaml */
export const synonymsFile = z.strictObject({
  pairs: z.array(z.strictObject({ colloquial: word, official: word })).min(1),
})
export type SynonymPair = z.infer<typeof synonymsFile>['pairs'][number]

/** Words to add to a record whose text contains one side of a pair. */
export function synonymKeywords(text: string, pairs: SynonymPair[]): string[] {
  const norm = normalise(text).replace(/ /g, '')
  const out = new Set<string>()
  for (const { colloquial, official } of pairs) {
    const a = normalise(colloquial).replace(/ /g, '')
    const b = normalise(official).replace(/ /g, '')
    if (!a || !b) continue
    if (norm.includes(b)) out.add(colloquial)
    if (norm.includes(a)) out.add(official)
  }
  return [...out]
}

/** Meilisearch's synonyms setting: each word lists the other (both directions). */
export function meiliSynonyms(pairs: SynonymPair[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {}
  const add = (a: string, b: string) => (out[a] ??= new Set()).add(b)
  for (const { colloquial, official } of pairs) {
    add(colloquial, official)
    add(official, colloquial)
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]))
}
