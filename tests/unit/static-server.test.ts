import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from 'node:http'
import { resolveFile, startStaticServer } from '../../scripts/lib/static-server'

const root = mkdtempSync(path.join(tmpdir(), 'kaiping-dist-'))
mkdirSync(path.join(root, 'programmes', 'dibao'), { recursive: true })
writeFileSync(path.join(root, 'index.html'), '<h1>首页</h1>')
writeFileSync(path.join(root, '404.html'), '<h1>找不到这个页面</h1>')
writeFileSync(path.join(root, 'programmes', 'dibao', 'index.html'), '<h1>低保</h1>')

let server: Server
let base: string
beforeAll(async () => {
  server = await startStaticServer(() => root, 0)
  const addr = server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
})
afterAll(() => server?.close())

describe('static site server', () => {
  it('serves directory URLs from index.html', async () => {
    const res = await fetch(`${base}/programmes/dibao/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(await res.text()).toContain('低保')
  })

  it('redirects a URL without its trailing slash', async () => {
    const res = await fetch(`${base}/programmes/dibao`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/programmes/dibao/')
  })

  it('answers unknown pages with the site 404 page and status 404', async () => {
    const res = await fetch(`${base}/nope/`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('找不到这个页面')
  })

  it('works with a relative site folder', () => {
    const rel = path.relative(process.cwd(), root)
    expect(resolveFile(rel, '/programmes/dibao/')?.file).toBe(
      path.join(root, 'programmes', 'dibao', 'index.html'),
    )
  })

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400)
    expect((await fetch(`${base}/`)).status).toBe(200)
  })

  it('never redirects to another site', async () => {
    const res = await fetch(`${base}//evil.example/../programmes/dibao`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/programmes/dibao/')
  })

  it('never serves files outside the site folder', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined()
    expect(resolveFile(root, '/programmes/../index.html')?.file).toBe(path.join(root, 'index.html'))
    expect(resolveFile(root, '/%E0%A4%A')).toBeUndefined()
  })
})
