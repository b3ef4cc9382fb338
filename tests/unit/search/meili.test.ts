import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { indexUid, publicSearchConfig } from '../../../search/meili/config'
import { meiliClient, reindexAll, syncPage } from '../../../search/meili/indexer'
import { toRecords } from '../../../search/records'
import { MeiliListener } from '../../helpers/meili-listener'
import { fixture } from './fixture'

const meili = new MeiliListener()
let env: Record<string, string>
beforeAll(async () => {
  await meili.start()
  env = { MEILISEARCH_HOST: meili.host, MEILISEARCH_ADMIN_KEY: 'admin-secret' }
})
afterAll(() => meili.stop())
beforeEach(() => (meili.requests.length = 0))

const data = fixture()
const records = toRecords(data)

describe('Meilisearch requests made by the official client', () => {
  it('npm run search:index applies the settings in code, then replaces every locale’s records', async () => {
    await reindexAll(meiliClient(env), records, data.synonyms, () => {}, env)
    const w = meili.writes()
    const settings = w.find((r) => r.path === '/indexes/kaiping-zh-CN/settings')!
    expect(settings.method).toBe('PATCH')
    expect(settings.auth).toBe('Bearer admin-secret')
    expect(settings.body).toMatchObject({
      searchableAttributes: ['title', 'keywords', 'summary', 'townName', 'body'],
      filterableAttributes: expect.arrayContaining(['type', 'town', 'locale']),
      localizedAttributes: expect.arrayContaining([
        { attributePatterns: ['title', 'summary', 'body', 'townName'], locales: ['cmn'] },
      ]),
      synonyms: { 敬老院: ['养老机构'], 养老机构: ['敬老院'] },
    })
    const en = w.find((r) => r.path === '/indexes/kaiping-en/settings')!
    expect(JSON.stringify(en.body)).toContain('"eng"')
    const docs = w.filter((r) => r.method === 'POST' && /\/documents\?/.test(r.path))
    expect(docs.map((r) => r.path.split('/')[2])).toEqual([
      'kaiping-zh-CN',
      'kaiping-zh-Hant',
      'kaiping-en',
    ])
    const zh = docs[0].body as { id: string; title: string }[]
    expect(zh.map((d) => d.title)).toContain('特困人员救助供养')
    expect(zh.every((d) => d.id.startsWith('zh-CN_'))).toBe(true)
    // old records go first
    expect(w.some((r) => r.method === 'DELETE' && r.path === '/indexes/kaiping-en/documents')).toBe(
      true,
    )
  })

  it('a publish replaces one page’s records; an unpublish only deletes them', async () => {
    const page = records.filter((r) => r.page === 'programmes/tekun')
    await syncPage(meiliClient(env), 'programmes/tekun', page, env)
    const w = meili.writes()
    expect(w[0]).toMatchObject({
      method: 'POST',
      path: `/indexes/${indexUid('zh-CN', env)}/documents/delete`,
      body: { filter: 'page = "programmes/tekun"' },
    })
    expect((w[1].body as { id: string }[]).map((d) => d.id)).toEqual(['zh-CN_programme_tekun'])
    meili.requests.length = 0
    await syncPage(meiliClient(env), 'programmes/tekun', [], env)
    expect(meili.writes().map((r) => r.path)).toEqual([
      '/indexes/kaiping-zh-CN/documents/delete',
      '/indexes/kaiping-zh-Hant/documents/delete',
      '/indexes/kaiping-en/documents/delete',
    ])
  })
})

describe('the key the browser gets', () => {
  const base = { MEILISEARCH_HOST: 'https://search.example', MEILISEARCH_ADMIN_KEY: 'master-key' }
  it('is the search-only key, never the admin key', () => {
    const cfg = publicSearchConfig({ ...base, MEILISEARCH_SEARCH_KEY: 'search-only' })
    expect(cfg).toEqual({
      engine: 'meili',
      host: 'https://search.example',
      key: 'search-only',
      prefix: 'kaiping',
    })
    expect(JSON.stringify(cfg)).not.toContain('master-key')
  })
  it('refuses to build without a separate search key', () => {
    expect(() => publicSearchConfig(base)).toThrow(/MEILISEARCH_SEARCH_KEY/)
    expect(() => publicSearchConfig({ ...base, MEILISEARCH_SEARCH_KEY: 'master-key' })).toThrow(
      /admin key/,
    )
    expect(publicSearchConfig({})).toBeUndefined()
  })
})
