/**
 * A withdrawn record's "replaced by" link (content: `withdrawal.replacedBy`, a slug of the same
 * type), set once every record exists, since the replacement may be imported after it. Only
 * writes what differs, and never touches a record whose latest version is an editor's draft.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Content } from '../../content/schema/load'

type Doc = { id: number | string; slug: string; _status?: string; replacedBy?: unknown }
const idOf = (v: unknown) =>
  v == null ? null : String(typeof v === 'object' ? (v as { id: unknown }).id : v)

export async function linkReplacements(
  payload: Payload,
  content: Content,
  req: () => Partial<PayloadRequest>,
  log: (line: string) => void,
): Promise<void> {
  for (const type of ['policies', 'programmes'] as const) {
    const { docs } = await payload.find({
      collection: type,
      depth: 0,
      draft: true,
      pagination: false,
      select: { slug: true, _status: true, replacedBy: true },
      req: req(),
    })
    const bySlug = new Map((docs as unknown as Doc[]).map((d) => [d.slug, d]))
    for (const rec of content[type]) {
      const doc = bySlug.get(rec.data.slug)
      if (!doc || doc._status === 'draft') continue
      const target = rec.data.withdrawal?.replacedBy
      const want = target ? (bySlug.get(target)?.id ?? null) : null
      if (idOf(want) === idOf(doc.replacedBy)) continue
      await payload.update({
        collection: type,
        id: doc.id,
        data: { replacedBy: want, _status: 'published' } as never,
        locale: 'zh-CN',
        depth: 0,
        req: req(),
      })
      log(`[seed] ${type} ${rec.data.slug}: replaced by ${target ?? '(none)'}`)
    }
  }
}
