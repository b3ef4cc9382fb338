/**
 * Freshness (检查指标 treat stale columns as a veto): which published records nobody has reviewed
 * for longer than the site settings allow, and which programme amounts still carry a rate year
 * before the current one. Behind the admin dashboard's list (cms/components/Freshness.tsx).
 */
import type { Payload } from 'payload'
import { PUBLIC_COLLECTIONS, type PublicCollection } from './export/exportSiteData'

export const DEFAULT_REVIEW_MONTHS = 12

export type StaleRecord = {
  collection: PublicCollection
  id: number | string
  title: string
  /** reviewedOn, or the last published change when nobody has recorded a review */
  lastReviewed: string
}
export type OutdatedRate = {
  id: number | string
  programme: string
  key: string
  label: string
  from: string
}

type Doc = Record<string, unknown> & { id: number | string; updatedAt: string }
type AmountRow = { key: string; label?: string | null; from: string; to?: string | null }

const TITLE_FIELDS = ['title', 'name', 'standardName', 'slug'] as const
const titleOf = (doc: Doc) =>
  String(TITLE_FIELDS.map((f) => doc[f]).find((v) => typeof v === 'string' && v) ?? doc.id)

/** The review period (months) from the site settings. */
export async function reviewMonths(payload: Payload): Promise<number> {
  const s = (await payload.findGlobal({ slug: 'site-settings', depth: 0 })) as {
    reviewIntervalMonths?: number | null
  }
  return s.reviewIntervalMonths && s.reviewIntervalMonths > 0
    ? s.reviewIntervalMonths
    : DEFAULT_REVIEW_MONTHS
}

export async function staleRecords(payload: Payload, now = new Date()): Promise<StaleRecord[]> {
  const cutoff = new Date(now)
  cutoff.setMonth(cutoff.getMonth() - (await reviewMonths(payload)))
  const before = cutoff.toISOString()
  const out: StaleRecord[] = []
  for (const collection of PUBLIC_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: false,
      locale: 'zh-CN',
      pagination: false,
      where: {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              { reviewedOn: { less_than: before } },
              {
                and: [{ reviewedOn: { exists: false } }, { updatedAt: { less_than: before } }],
              },
            ],
          },
        ],
      },
      sort: 'updatedAt',
    })
    for (const d of docs as unknown as Doc[]) {
      const lastReviewed = (d.reviewedOn as string | null) ?? d.updatedAt
      out.push({ collection, id: d.id, title: titleOf(d), lastReviewed })
    }
  }
  return out.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed))
}

/** Amount rows in force now (no end date, or one not yet passed) whose rate year is past. */
export async function outdatedRates(payload: Payload, now = new Date()): Promise<OutdatedRate[]> {
  const year = now.getFullYear()
  const today = now.toISOString().slice(0, 10)
  const { docs } = await payload.find({
    collection: 'programmes',
    depth: 0,
    draft: false,
    locale: 'zh-CN',
    pagination: false,
    where: { _status: { equals: 'published' } },
    sort: 'slug',
  })
  const out: OutdatedRate[] = []
  for (const p of docs as unknown as Doc[]) {
    if (p.withdrawal) continue
    const rows = (p.amounts as AmountRow[] | null) ?? []
    // per parameter, the newest row that has started and not ended
    const current = new Map<string, AmountRow>()
    for (const r of rows) {
      if (r.from > today || (r.to && r.to < today.slice(0, r.to.length))) continue
      const seen = current.get(r.key)
      if (!seen || r.from > seen.from) current.set(r.key, r)
    }
    for (const r of current.values())
      if (Number(r.from.slice(0, 4)) < year)
        out.push({
          id: p.id,
          programme: titleOf(p),
          key: r.key,
          label: r.label ?? r.key,
          from: r.from,
        })
  }
  return out
}
