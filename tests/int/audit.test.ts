/**
 * The audit trail: publish, unpublish, withdraw, delete and role changes each leave one entry
 * naming who and when; draft saves leave none; only admins read it, and nobody can edit or
 * delete it through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'
import { staffUser } from './helpers/users'

let cms: TestCms
let admin: User
let publisher: User
let editor: User
let dibaoId: number

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  admin = await staffUser(cms.payload, 'admin')
  publisher = await staffUser(cms.payload, 'publisher')
  editor = await staffUser(cms.payload, 'editor')
  dibaoId = (await bySlug(cms.payload, 'programmes', 'dibao')).id
})
afterAll(async () => cms?.close())

const entriesFor = async (collection: string, id: number | string) =>
  (
    await cms.payload.find({
      collection: 'audit-log',
      where: { targetCollection: { equals: collection }, targetId: { equals: String(id) } },
      sort: 'createdAt',
      pagination: false,
    })
  ).docs.map((e) => ({ action: e.action, by: e.userEmail ?? null, detail: e.detail ?? null }))

const asUser = (user: User) => ({ user, overrideAccess: false })

describe('audit trail', () => {
  it('the seed import leaves no entries; an editor saving a draft leaves none', async () => {
    await cms.payload.update({
      collection: 'programmes',
      id: dibaoId,
      draft: true,
      data: { summary: '编辑的草稿' } as never,
      ...asUser(editor),
    })
    expect(await entriesFor('programmes', dibaoId)).toEqual([])
  })

  it('records publish, unpublish, withdraw and lifting a withdrawal, with who did it', async () => {
    const update = (data: Record<string, unknown>) =>
      cms.payload.update({
        collection: 'programmes',
        id: dibaoId,
        data: data as never,
        ...asUser(publisher),
      })
    await update({ _status: 'published' })
    await update({ _status: 'draft' })
    await update({ _status: 'published' })
    await update({
      _status: 'published',
      withdrawal: 'discontinued',
      withdrawnOn: '2026-01-01',
      withdrawalReason: '并入新项目',
    })
    await update({ _status: 'published', withdrawal: null })
    const by = 'publisher@test.localhost'
    expect(await entriesFor('programmes', dibaoId)).toEqual([
      { action: 'publish', by, detail: { firstTime: false } },
      { action: 'unpublish', by, detail: null },
      { action: 'publish', by, detail: { firstTime: true } },
      { action: 'withdraw', by, detail: { kind: 'discontinued', date: '2026-01-01' } },
      { action: 'reinstate', by, detail: null },
    ])
  })

  it('records a deletion and role changes, and keeps the email after the account is gone', async () => {
    const town = (await cms.payload.find({ collection: 'towns' })).docs[0]
    await cms.payload.delete({ collection: 'towns', id: town.id, ...asUser(admin) })
    expect(await entriesFor('towns', town.id)).toEqual([
      { action: 'delete', by: 'admin@test.localhost', detail: null },
    ])

    await cms.payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'publisher' },
      ...asUser(admin),
    })
    await cms.payload.delete({ collection: 'users', id: editor.id, ...asUser(admin) })
    expect(await entriesFor('users', editor.id)).toEqual([
      { action: 'user-create', by: null, detail: { role: 'editor' } },
      {
        action: 'role-change',
        by: 'admin@test.localhost',
        detail: { from: 'editor', to: 'publisher' },
      },
      { action: 'delete', by: 'admin@test.localhost', detail: null },
    ])
  })

  it('only admins read it; nobody edits or deletes it, not even an admin', async () => {
    const read = (user?: User) =>
      cms.payload.find({ collection: 'audit-log', overrideAccess: false, user })
    expect((await read(admin)).totalDocs).toBeGreaterThan(0)
    await expect(read(publisher)).rejects.toThrow()
    await expect(read()).rejects.toThrow()
    const entry = (await read(admin)).docs[0]
    await expect(
      cms.payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { userEmail: 'someone-else@test.localhost' },
        ...asUser(admin),
      }),
    ).rejects.toThrow()
    await expect(
      cms.payload.delete({ collection: 'audit-log', id: entry.id, ...asUser(admin) }),
    ).rejects.toThrow()
    await expect(
      cms.payload.create({
        collection: 'audit-log',
        data: { action: 'publish', targetCollection: 'x', targetId: '1' },
        ...asUser(admin),
      }),
    ).rejects.toThrow()
  })

  it('a refused change leaves no entry', async () => {
    const before = (await cms.payload.count({ collection: 'audit-log' })).totalDocs
    await expect(
      cms.payload.update({
        collection: 'programmes',
        id: dibaoId,
        // a withdrawal without its reason is refused
        data: { _status: 'published', withdrawal: 'discontinued', withdrawalReason: null } as never,
        ...asUser(publisher),
      }),
    ).rejects.toThrow()
    expect((await cms.payload.count({ collection: 'audit-log' })).totalDocs).toBe(before)
  })
})
