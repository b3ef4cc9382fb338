/**
 * What a publish touches. The rebuild hook names the record (`collection/slug`); comparing the
 * export before and after says which detail pages show it: its own (three locales), every
 * record whose exported JSON names it (a programme citing a policy, a facility in a town), and
 * every record it names, before or after the change (the policy page that lists a programme).
 * List pages, the home page and the questionnaire are always rebuilt. Anything else — a
 * global, media, a new, deleted or unpublished record, an unknown reason — is a full rebuild.
 */
import { recordOfReason, type SiteData } from '../../cms/export/exported'
import { CONTENT_TYPES } from '../../content/schema/records'

/** The exported collections are the content types (one list: content/schema/records.ts). */
export const SITE_COLLECTIONS = CONTENT_TYPES

export type RebuildPlan = { kind: 'full'; why: string } | { kind: 'partial'; slugs: string[] }

export function planRebuild(reasons: string[], before: SiteData, after: SiteData): RebuildPlan {
  if (reasons.length === 0) return { kind: 'full', why: 'no reason given' }
  const slugs = new Set<string>()
  const all = (d: SiteData) =>
    SITE_COLLECTIONS.flatMap((c) => (d[c] ?? []).map((doc) => [c, doc] as const))
  const allAfter = all(after)
  const known = new Set([...all(before), ...allAfter].map(([, d]) => d.slug))
  for (const reason of reasons) {
    const named = recordOfReason(reason)
    if (!named) return { kind: 'full', why: `"${reason}" is not one public record` }
    const { collection, slug } = named
    const old = before[collection]?.find((d) => d.slug === slug)
    const now = after[collection]?.find((d) => d.slug === slug)
    if (!old || !now)
      return {
        kind: 'full',
        why: `${reason} is new, deleted or unpublished (lists and sitemap change)`,
      }
    slugs.add(slug)
    const quoted = `"${slug}"`
    for (const [, doc] of allAfter) if (JSON.stringify(doc).includes(quoted)) slugs.add(doc.slug)
    for (const doc of [old, now])
      for (const m2 of JSON.stringify(doc).matchAll(/"([a-z0-9][a-z0-9-]*)"/g))
        if (known.has(m2[1])) slugs.add(m2[1])
  }
  return { kind: 'partial', slugs: [...slugs].sort() }
}
