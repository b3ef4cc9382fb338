import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms

/** A published programme, a draft-only programme, and a published one with a newer draft. */
beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  const plan = await cms.payload.find({
    collection: 'policies',
    where: { slug: { equals: 'test-plan' } },
  })
  const base = {
    category: 'basic-living',
    whoCanApply: '测试',
    citations: [{ source: plan.docs[0].id, location: '第一章' }],
  }
  await cms.payload.create({
    collection: 'programmes',
    data: {
      ...base,
      slug: 'secret-draft',
      name: '未发布草稿',
      summary: '草稿',
      _status: 'draft',
    } as never,
  })
  const dibao = await cms.payload.find({
    collection: 'programmes',
    where: { slug: { equals: 'dibao' } },
  })
  await cms.payload.update({
    collection: 'programmes',
    id: dibao.docs[0].id,
    data: { summary: '尚未发布的修改', _status: 'draft' } as never,
    draft: true,
  })
})
afterAll(async () => cms?.close())

const slugsOf = (docs: { slug?: string | null }[]) => docs.map((d) => d.slug).sort()

describe('anonymous visitors see published content only', () => {
  it('Local API with overrideAccess: false hides drafts and unpublished changes', async () => {
    const res = await cms.payload.find({
      collection: 'programmes',
      overrideAccess: false,
      locale: 'zh-CN',
    })
    expect(slugsOf(res.docs)).toEqual(['dibao'])
    expect(res.docs[0].summary).toBe('低保简介。')
    const asDraft = await cms.payload.find({
      collection: 'programmes',
      overrideAccess: false,
      draft: true,
    })
    expect(slugsOf(asDraft.docs)).not.toContain('secret-draft')
  })

  it('REST hides drafts, even when asked for drafts', async () => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const get = REST_GET(cms.config)
    for (const query of ['', '?draft=true']) {
      const res = await get(new Request(`http://localhost/api/programmes${query}`), {
        params: Promise.resolve({ slug: ['programmes'] }),
      })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { docs: { slug: string; summary: string }[] }
      expect(slugsOf(body.docs)).toEqual(['dibao'])
      expect(body.docs[0].summary).not.toBe('尚未发布的修改')
    }
  })

  it('GraphQL hides drafts', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const post = GRAPHQL_POST(cms.config)
    const res = await post(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Programmes(draft: true) { docs { slug summary } } }' }),
      }),
    )
    const body = (await res.json()) as {
      data: { Programmes: { docs: { slug: string; summary: string }[] } }
    }
    expect(slugsOf(body.data.Programmes.docs)).toEqual(['dibao'])
    expect(body.data.Programmes.docs[0].summary).toBe('低保简介。')
  })

  it('anonymous visitors cannot write', async () => {
    await expect(
      cms.payload.create({
        collection: 'towns',
        overrideAccess: false,
        data: { slug: 'x', name: 'x', kind: 'town', pinyin: 'x', order: 99 } as never,
      }),
    ).rejects.toThrow()
  })
})

describe('editors draft, publishers publish', () => {
  const user = async (role: string) =>
    cms.payload.create({
      collection: 'users',
      data: { email: `${role}@test.localhost`, password: 'a-long-test-password', role } as never,
    })

  it('an editor can save a draft but not publish', async () => {
    const editor = await user('editor')
    const dibao = await bySlug(cms.payload, 'programmes', 'dibao')
    await expect(
      cms.payload.update({
        collection: 'programmes',
        id: dibao.id,
        user: editor,
        overrideAccess: false,
        draft: true,
        data: { summary: '编辑的草稿', _status: 'draft' } as never,
      }),
    ).resolves.toBeTruthy()
    await expect(
      cms.payload.update({
        collection: 'programmes',
        id: dibao.id,
        user: editor,
        overrideAccess: false,
        data: { summary: '编辑想发布', _status: 'published' } as never,
      }),
    ).rejects.toThrow(/编辑只能保存草稿|Editors can save drafts only/)
    const pub = await cms.payload.find({
      collection: 'programmes',
      overrideAccess: false,
      where: { slug: { equals: 'dibao' } },
    })
    expect(pub.docs[0].summary).toBe('低保简介。')
  })

  it('an editor can neither take a published page offline nor restore an old version over it', async () => {
    const editor = (
      await cms.payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@test.localhost' } },
      })
    ).docs[0]
    const dibao = await bySlug(cms.payload, 'programmes', 'dibao')
    await expect(
      cms.payload.update({
        collection: 'programmes',
        id: dibao.id,
        user: editor,
        overrideAccess: false,
        data: { _status: 'draft' } as never,
      }),
    ).rejects.toThrow(/编辑只能保存草稿|Editors can save drafts only/)
    const versions = await cms.payload.findVersions({
      collection: 'programmes',
      where: { parent: { equals: dibao.id } },
      limit: 1,
      sort: 'createdAt',
    })
    await expect(
      cms.payload.restoreVersion({
        collection: 'programmes',
        id: versions.docs[0].id,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/编辑只能保存草稿|Editors can save drafts only/)
    const pub = await cms.payload.find({
      collection: 'programmes',
      overrideAccess: false,
      where: { slug: { equals: 'dibao' } },
    })
    expect(pub.docs[0].summary).toBe('低保简介。')
  })

  it('a publisher can publish, and the public then sees it', async () => {
    const publisher = await user('publisher')
    const draft = (
      await cms.payload.find({
        collection: 'programmes',
        where: { slug: { equals: 'secret-draft' } },
        draft: true,
      })
    ).docs[0]
    await cms.payload.update({
      collection: 'programmes',
      id: draft.id,
      user: publisher,
      overrideAccess: false,
      data: { _status: 'published' } as never,
    })
    const res = await cms.payload.find({ collection: 'programmes', overrideAccess: false })
    expect(slugsOf(res.docs)).toEqual(['dibao', 'secret-draft'])
  })

  it('an editor cannot make themself an admin', async () => {
    const editor = (
      await cms.payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@test.localhost' } },
      })
    ).docs[0]
    const updated = await cms.payload.update({
      collection: 'users',
      id: editor.id,
      user: editor,
      overrideAccess: false,
      data: { role: 'admin' } as never,
    })
    expect(updated.role).toBe('editor')
  })
})
