/** What a rebuild reason names (cms/hooks/rebuildSite.ts sends them). */
import { CONTENT_TYPES, type ContentType } from '../../content/schema/records'

/** The publish hook's reason for one record: `collection/slug`. */
const RECORD = /^([a-z-]+)\/([^\s/]+)$/

/** The record a rebuild reason names, if it names one public record. */
export function recordOfReason(
  reason: string,
): { collection: ContentType; slug: string } | undefined {
  const m = RECORD.exec(reason)
  const collection = m?.[1] as ContentType | undefined
  return m && collection && CONTENT_TYPES.includes(collection)
    ? { collection, slug: m[2] }
    : undefined
}
