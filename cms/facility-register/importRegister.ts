/**
 * Import the facility register: every row is matched (slug, else the Chinese name), merged over
 * the stored record and validated with the content schema. If any row is refused nothing is
 * written; otherwise every change is written in one transaction. Editors' imports are drafts.
 */
import type { Payload, PayloadRequest } from 'payload'
import { LOCALES } from '../../content/schema/common'
import { facility } from '../../content/schema/records'
import { hasRole } from '../access/roles'
import { requestSiteRebuild } from '../hooks/rebuildSite'
import { markdownConverter } from '../seed/richText'
import { toPayloadData } from '../seed/toPayload'
import { applyPatch, columnFor, HEADERS, rowToPatch, toRow } from './columns'
import { docToRecord } from './fromDoc'
import { issueText, messages, type StaffLang } from './messages'

type Rec = Record<string, unknown>
export type RegisterRow = { row: number; cells: Record<string, string> }
export type ReportItem = { row: number; slug: string; name: string; changes?: string[] }
export type Refused = { row: number; slug?: string; reasons: string[] }
export type ImportReport = {
  ok: boolean
  written: boolean
  message: string
  created: ReportItem[]
  updated: ReportItem[]
  unchanged: ReportItem[]
  refused: Refused[]
}
type User = PayloadRequest['user']
type Plan = { row: number; data: Rec; id?: number | string; item: ReportItem }

export async function importRegister(
  payload: Payload,
  rows: RegisterRow[],
  { user, lang, dryRun = false }: { user: User; lang: StaffLang; dryRun?: boolean },
): Promise<ImportReport> {
  const m = messages(lang)
  const colon = lang === 'en' ? ': ' : '：'
  const report: ImportReport = {
    ok: false,
    written: false,
    message: '',
    created: [],
    updated: [],
    unchanged: [],
    refused: [],
  }
  if (rows.length === 0) return { ...report, message: m.empty }
  const stored = await payload.find({
    collection: 'facilities',
    locale: 'all',
    draft: true,
    depth: 1,
    pagination: false,
  })
  const docs = stored.docs as unknown as Rec[]
  const bySlug = new Map(docs.map((d) => [d.slug as string, d]))
  const byName = new Map<string, Rec[]>()
  for (const d of docs) {
    const n = (d.name as Rec | null)?.['zh-CN'] as string
    byName.set(n, [...(byName.get(n) ?? []), d])
  }
  const seen = new Map<string, number>()
  const plans: Plan[] = []

  for (const { row, cells } of rows) {
    const reasons: string[] = []
    const patch = rowToPatch(cells)
    const rowCitation = (patch.set.citations as Rec[] | undefined)?.[0]
    delete patch.set.citations
    let existing: Rec | undefined
    const name = cells['name_zh-CN']?.trim()
    if (cells.slug?.trim()) existing = bySlug.get(cells.slug.trim())
    else if (name) {
      const same = byName.get(name) ?? []
      if (same.length > 1) reasons.push(`name_zh-CN${colon}${m.ambiguous(name)}`)
      existing = same[0]
    }
    const base = existing ? docToRecord(existing) : {}
    const merged = applyPatch(base, patch)
    const citations = (merged.citations as Rec[] | undefined) ?? []
    if (rowCitation) {
      const same = (c: Rec) =>
        c.source === rowCitation.source && c.location === rowCitation.location
      if (!citations.some(same)) merged.citations = [...citations, rowCitation]
      // a star rating the row gives is backed by the row's source
      const star = merged.starRating as Rec | undefined
      if (star && (patch.set.starRating as Rec | undefined)?.stars !== undefined)
        star.citation = rowCitation
    }
    const parsed = facility.safeParse(merged)
    if (!parsed.success) {
      if (!existing) reasons.push(m.newNeeds)
      for (const issue of parsed.error.issues) {
        let col = columnFor(issue.path)
        if (col.startsWith('starRating') || col === 'citations') col = 'source'
        reasons.push(`${col}${colon}${issueText(lang, issue, cells[col]?.trim(), col)}`)
      }
    }
    const slug = String(merged.slug ?? '')
    if (slug && seen.has(slug)) reasons.push(m.duplicate(seen.get(slug)!))
    if (slug) seen.set(slug, row)
    if (reasons.length || !parsed.success) {
      report.refused.push({ row, slug: slug || undefined, reasons: [...new Set(reasons)] })
      continue
    }
    const before = existing ? toRow(base) : {}
    const after = toRow(parsed.data)
    const changes = HEADERS.filter((h) => (before[h] ?? '') !== after[h])
    const item = { row, slug, name: parsed.data.name['zh-CN'] }
    if (existing && changes.length === 0) report.unchanged.push(item)
    else {
      plans.push({ row, data: parsed.data as Rec, id: existing?.id as number | string, item })
      ;(existing ? report.updated : report.created).push({ ...item, changes })
    }
  }

  const counts = [report.created.length, report.updated.length, report.unchanged.length] as const
  if (report.refused.length) return { ...report, message: m.refusedNothing(report.refused.length) }
  if (dryRun) return { ...report, ok: true, message: m.preview(...counts) }
  await writeAll(payload, plans, user, lang)
  return { ...report, ok: true, written: plans.length > 0, message: m.done(...counts) }
}

/** All rows in one transaction: a failure leaves the register as it was. */
async function writeAll(payload: Payload, plans: Plan[], user: User, lang: StaffLang) {
  if (plans.length === 0) return
  const towns = await payload.find({ collection: 'towns', pagination: false, depth: 0 })
  // a citation's source is a relationship to the cited policy: slugs in the file, ids stored
  const policies = await payload.find({
    collection: 'policies',
    pagination: false,
    depth: 0,
    draft: true,
    select: { slug: true },
  })
  const refs = {
    policies: new Map(policies.docs.map((p) => [p.slug as string, p.id])),
    towns: new Map(towns.docs.map((t) => [t.slug as string, t.id])),
  }
  const md = await markdownConverter(payload.config)
  const publish = hasRole(user, 'admin', 'publisher')
  const status = publish ? 'published' : 'draft'
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  // seeding: one site rebuild after the commit instead of one per document
  const req = () => ({ transactionID, user, context: { seeding: true } }) as Partial<PayloadRequest>
  let current = 0
  try {
    for (const plan of plans) {
      current = plan.row
      let id = plan.id
      for (const locale of LOCALES) {
        const data = toPayloadData('facilities', plan.data as never, { locale, md, refs })
        if (locale !== 'zh-CN' && Object.keys(data).length === 0) continue
        const body = { ...data, _status: status } as never
        const common = {
          collection: 'facilities',
          locale,
          draft: !publish,
          req: req(),
          user,
          overrideAccess: false,
        } as const
        const doc =
          id === undefined
            ? await payload.create({ ...common, data: body })
            : await payload.update({ ...common, id, data: body })
        id = doc.id
      }
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw new Error(messages(lang).writeFailed(current, (err as Error).message), { cause: err })
  }
  if (publish) requestSiteRebuild('facility register import')
}
