/**
 * The role matrix, table-driven, on every public collection: anonymous / editor / publisher /
 * admin × read a draft / create / publish / unpublish / delete, and who manages staff accounts.
 * "Allowed" means the operation succeeded and its effect is visible; "denied" means it was
 * refused or changed nothing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_COLLECTIONS, type PublicCollection } from '../../cms/export/exportSiteData'
import type { User } from '../../cms/payload-types'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'
import { staffUser } from './helpers/users'

const ROLES = ['anonymous', 'editor', 'publisher', 'admin'] as const
type Who = (typeof ROLES)[number]
const OPS = ['read draft', 'create', 'publish', 'unpublish', 'delete'] as const
type Op = (typeof OPS)[number]

/** The rules (README "editors draft, publishers publish, admins delete and manage staff"). */
const EXPECTED: Record<Op, Who[]> = {
  'read draft': ['editor', 'publisher', 'admin'],
  create: ['editor', 'publisher', 'admin'],
  publish: ['publisher', 'admin'],
  unpublish: ['publisher', 'admin'],
  delete: ['admin'],
}

let cms: TestCms
let payload: Payload
const users = {} as Record<Exclude<Who, 'anonymous'>, User>
const templates = {} as Record<PublicCollection, Record<string, unknown>>
let n = 0

/** A seeded document as create-data: no ids, no joins, a fresh slug. */
function asTemplate(doc: Record<string, unknown>): Record<string, unknown> {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !['id', 'createdAt', 'updatedAt', 'relatedProgrammes'].includes(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v
  return strip(doc) as Record<string, unknown>
}

/** A fresh document made by the system, published or draft-only. */
async function fixture(collection: PublicCollection, status: 'draft' | 'published') {
  n += 1
  const data = { ...templates[collection], slug: `matrix-${n}`, order: 1000 + n, _status: status }
  return payload.create({ collection, data: data as never, draft: status === 'draft' })
}

const as = (who: Who) =>
  who === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[who] }

const publicIds = async (collection: PublicCollection) =>
  (await payload.find({ collection, overrideAccess: false, pagination: false, depth: 0 })).docs.map(
    (d) => d.id,
  )

/** Runs `op` as `who`; true when it succeeded and did what it says. */
async function attempt(who: Who, op: Op, collection: PublicCollection): Promise<boolean> {
  const ok = (p: Promise<unknown>) =>
    p.then(
      () => true,
      () => false,
    )
  switch (op) {
    case 'read draft': {
      const draft = await fixture(collection, 'draft')
      const found = await payload
        .find({ collection, draft: true, where: { id: { equals: draft.id } }, ...as(who) })
        .catch(() => ({ docs: [] }))
      return found.docs.length === 1
    }
    case 'create': {
      n += 1
      const data = { ...templates[collection], slug: `matrix-${n}`, order: 1000 + n }
      return ok(payload.create({ collection, data: data as never, draft: true, ...as(who) }))
    }
    case 'publish': {
      const draft = await fixture(collection, 'draft')
      await ok(
        payload.update({ collection, id: draft.id, data: { _status: 'published' }, ...as(who) }),
      )
      return (await publicIds(collection)).includes(draft.id)
    }
    case 'unpublish': {
      const live = await fixture(collection, 'published')
      await ok(payload.update({ collection, id: live.id, data: { _status: 'draft' }, ...as(who) }))
      return !(await publicIds(collection)).includes(live.id)
    }
    case 'delete': {
      const live = await fixture(collection, 'published')
      await ok(payload.delete({ collection, id: live.id, ...as(who) }))
      const left = await payload.find({ collection, where: { id: { equals: live.id } } })
      return left.docs.length === 0
    }
  }
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  await seedFixture(payload)
  for (const role of ['editor', 'publisher', 'admin'] as const)
    users[role] = await staffUser(payload, role)
  for (const collection of PUBLIC_COLLECTIONS) {
    const doc = (await payload.find({ collection, limit: 1, depth: 0, locale: 'zh-CN' })).docs[0]
    templates[collection] = asTemplate(doc as unknown as Record<string, unknown>)
  }
})
afterAll(async () => cms?.close())

describe.each(PUBLIC_COLLECTIONS)('%s', (collection) => {
  it.each(OPS)('%s: exactly the expected roles', async (op) => {
    const allowed: Who[] = []
    for (const who of ROLES) if (await attempt(who, op, collection)) allowed.push(who)
    expect(allowed).toEqual(EXPECTED[op])
  })
})

describe('managing staff accounts', () => {
  /** Can `who` create an account, and promote someone else to admin? */
  const manage = async (who: Who) => {
    n += 1
    const created = await payload
      .create({
        collection: 'users',
        data: {
          email: `new-${n}@test.localhost`,
          password: 'a-long-test-password',
          role: 'editor',
        },
        ...as(who),
      })
      .then(
        () => true,
        () => false,
      )
    const target = await staffUser(payload, 'editor', `target-${n}`)
    await payload
      .update({ collection: 'users', id: target.id, data: { role: 'admin' }, ...as(who) })
      .catch(() => undefined)
    const promoted =
      (await payload.findByID({ collection: 'users', id: target.id })).role === 'admin'
    return { created, promoted }
  }

  it.each(ROLES)('%s', async (who) => {
    const admin = who === 'admin'
    expect(await manage(who)).toEqual({ created: admin, promoted: admin })
  })
})
