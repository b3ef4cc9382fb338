/**
 * The preview server's rules, with a stand-in for the admin's `/api/users/me` and a build that
 * writes a page: who may see a preview, how a click becomes a page, and what a page carries.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewBase } from '../../cms/preview'
import { startPreviewServer, type PreviewJob } from '../../scripts/lib/preview-server'
import { serverUrl } from '../../scripts/lib/static-server'

const USERS: Record<string, { id: number; role: string | null } | null> = {
  'publisher-token': { id: 1, role: 'publisher' },
  'no-role-token': { id: 2, role: null },
}
const dist = path.join(mkdtempSync(path.join(tmpdir(), 'kaiping-preview-')), 'dist')
const built: PreviewJob[] = []
let release: () => void = () => {}
let admin: Server
let server: Server
let base = ''

beforeAll(async () => {
  admin = createServer((req, res) => {
    const token = /^JWT (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ user: USERS[token] ?? null }))
  })
  await new Promise<void>((r) => admin.listen(0, '127.0.0.1', r))
  server = await startPreviewServer({
    port: 0,
    adminUrl: serverUrl(admin),
    dist,
    log: () => {},
    build: async (job) => {
      built.push(job)
      await new Promise<void>((r) => (release = r))
      if (job.id === '13') throw new Error('数据库打不开')
      mkdirSync(path.join(dist, 'programmes', 'dibao'), { recursive: true })
      writeFileSync(
        path.join(dist, 'programmes', 'dibao', 'index.html'),
        '<!doctype html><html><body class="x"><h1>草稿标题</h1></body></html>',
      )
      return '/programmes/dibao/'
    },
  })
  base = serverUrl(server)
})
afterAll(() => {
  server?.close()
  admin?.close()
})

const as = (token?: string): RequestInit => ({
  redirect: 'manual',
  headers: token ? { cookie: `lang=zh; payload-token=${token}` } : {},
})
const click = `/_preview/?collection=programmes&id=12&locale=zh-CN`

describe('the preview server', () => {
  it('refuses anyone not signed in as staff, and builds nothing for them', async () => {
    for (const token of [undefined, 'no-role-token', 'forged-token']) {
      const res = await fetch(`${base}${click}`, as(token))
      expect(res.status).toBe(401)
      expect(await res.text()).toContain('请先登录')
    }
    expect(built).toEqual([])
  })

  it('turns a click into "building…", then into the record page with the preview banner', async () => {
    const first = await fetch(`${base}${click}`, as('publisher-token'))
    expect(first.status).toBe(303)
    const waiting = `${base}${first.headers.get('location')}`
    expect(waiting).toMatch(/&t=\d+$/)
    const building = await fetch(waiting, as('publisher-token'))
    expect(building.status).toBe(200)
    expect(await building.text()).toContain('<meta http-equiv="refresh"')
    expect(built).toHaveLength(1)
    expect(built[0]).toMatchObject({ collection: 'programmes', id: '12', locale: 'zh-CN' })
    expect(built[0].user).toMatchObject({ id: 1, role: 'publisher', collection: 'users' })
    release()
    await new Promise((r) => setTimeout(r, 50))
    const done = await fetch(waiting, as('publisher-token'))
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('/programmes/dibao/')
    const page = await fetch(`${base}/programmes/dibao/`, as('publisher-token'))
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    const html = await page.text()
    expect(html).toMatch(/<body class="x"><div role="note"[^>]*><strong>预览 Preview<\/strong>/)
    expect(html).toContain('草稿标题')
    expect((await fetch(`${base}/programmes/dibao/`, as())).status).toBe(401)
  })

  it('says so when a preview fails, expired or was asked for with a bad link', async () => {
    const first = await fetch(
      `${base}/_preview/?collection=programmes&id=13&locale=en`,
      as('publisher-token'),
    )
    release()
    await new Promise((r) => setTimeout(r, 50))
    const failed = await fetch(`${base}${first.headers.get('location')}`, as('publisher-token'))
    expect(failed.status).toBe(500)
    expect(await failed.text()).toContain('数据库打不开')
    const expired = await fetch(`${base}${click}&t=1`, as('publisher-token'))
    expect(expired.status).toBe(410)
    for (const bad of [
      '/_preview/?collection=users&id=1',
      '/_preview/?collection=programmes&id=../../etc',
      '/_preview/?collection=programmes&id=1&locale=fr',
    ]) {
      expect((await fetch(`${base}${bad}`, as('publisher-token'))).status).toBe(400)
    }
  })
})

describe('where the Preview button points', () => {
  it('is the preview port on the host the editor reached the admin by', () => {
    const env = { SITE_PREVIEW_PORT: '4323' }
    expect(previewBase('localhost:3000', env)).toBe('http://localhost:4323')
    expect(previewBase('127.0.0.1:3000', env)).toBe('http://127.0.0.1:4323')
    expect(previewBase('[::1]:3000', env)).toBe('http://[::1]:4323')
  })

  it('is the configured preview URL in production, and absent when there is no preview server', () => {
    expect(previewBase('admin.example', { SITE_PREVIEW_URL: 'https://preview.example/' })).toBe(
      'https://preview.example',
    )
    expect(previewBase('localhost:3000', {})).toBeNull()
  })
})
