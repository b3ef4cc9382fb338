/**
 * The audit trail (collection `audit-log`): who published, unpublished, withdrew, deleted or
 * changed roles, and when. Entries are written with the change's own `req`, so they commit or
 * roll back with it. Draft saves are not entries (they change nothing the public sees); the seed
 * importer (context.seeding) reports in its own output instead.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import type { AuditAction } from '../collections/AuditLog'

type Doc = Record<string, unknown> & { id?: number | string }
type Before = { status?: unknown; withdrawn?: unknown }

const beforeKey = (slug: string, id: unknown) => `audit:${slug}:${String(id)}`
/** cms/fields/withdrawal.ts: `withdrawal` holds the kind (repealed / amended / discontinued). */
const withdrawnKind = (doc: Doc | null | undefined) =>
  typeof doc?.withdrawal === 'string' && doc.withdrawal ? doc.withdrawal : null

export async function writeAudit(
  req: PayloadRequest,
  action: AuditAction,
  targetCollection: string,
  doc: Doc,
  detail?: Record<string, unknown>,
): Promise<void> {
  const title = [doc.slug, doc.email].find((v) => typeof v === 'string') as string | undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      targetCollection,
      targetId: String(doc.id),
      summary: `${targetCollection} · ${title ?? doc.id}`,
      user: req.user?.collection === 'users' ? req.user.id : undefined,
      userEmail: (req.user as { email?: string } | null)?.email,
      detail,
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * Remembers whether this operation is a draft save and, for an update, what the public saw
 * before it (the main document holds the published state; draft saves only add versions).
 */
export const auditCaptureBefore: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const draft = Boolean(args && 'draft' in args && args.draft)
  req.context.auditDraft = draft
  const id = args && 'id' in args ? args.id : undefined
  // the seed importer writes no audit entries (auditAfterChange): no need to read the before
  if (operation === 'update' && !draft && id != null && !req.context?.seeding) {
    const current = (await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })) as Doc | null
    req.context[beforeKey(collection.slug, id)] = {
      status: current?._status,
      withdrawn: withdrawnKind(current),
    } satisfies Before
  }
  return args
}

/** publish / unpublish / withdraw / reinstate, from the published state before and after. */
export const auditAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (req.context?.seeding || req.context?.auditDraft) return doc
  const before = (operation === 'update' ? req.context[beforeKey(collection.slug, doc.id)] : {}) as
    Before | undefined
  const wasPublished = before?.status === 'published'
  const kind = withdrawnKind(doc)
  if (doc._status === 'published') {
    if (kind && kind !== before?.withdrawn) {
      await writeAudit(req, 'withdraw', collection.slug, doc, {
        kind,
        date: doc.withdrawnOn ?? null,
      })
    } else if (!kind && before?.withdrawn) {
      await writeAudit(req, 'reinstate', collection.slug, doc)
    } else {
      await writeAudit(req, 'publish', collection.slug, doc, { firstTime: !wasPublished })
    }
  } else if (wasPublished) {
    await writeAudit(req, 'unpublish', collection.slug, doc)
  }
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!req.context?.seeding) await writeAudit(req, 'delete', collection.slug, doc as Doc)
  return doc
}

/** Staff accounts: a new account (with its role) and every role change. */
export const auditUserChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context?.seeding) return doc
  if (operation === 'create') await writeAudit(req, 'user-create', 'users', doc, { role: doc.role })
  else if (previousDoc?.role !== doc.role)
    await writeAudit(req, 'role-change', 'users', doc, { from: previousDoc?.role, to: doc.role })
  return doc
}
