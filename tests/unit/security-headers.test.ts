import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  inlineScriptHashes,
  parseHeadersFile,
  siteScriptHashes,
  writeSiteHeaders,
} from '../../scripts/lib/security-headers'
import { startStaticServer } from '../../scripts/lib/static-server'

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
const SENIOR = "document.documentElement.dataset.senior=localStorage.getItem('senior')"
const ISLAND = '(()=>{var a=1})();'

const root = mkdtempSync(path.join(tmpdir(), 'kaiping-headers-'))
mkdirSync(path.join(root, 'eligibility'), { recursive: true })
writeFileSync(path.join(root, 'index.html'), `<html><head><script>${SENIOR}</script></head></html>`)
writeFileSync(
  path.join(root, 'eligibility', 'index.html'),
  `<script type="module" src="/_astro/x.js"></script><script>${ISLAND}</script>` +
    `<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script>`,
)

describe('inline script hashes', () => {
  it('hashes inline scripts exactly as written, and skips external scripts and data blocks', () => {
    const html = readFileSync(path.join(root, 'eligibility', 'index.html'), 'utf8')
    expect(inlineScriptHashes(html)).toEqual([sha(ISLAND)])
    expect(inlineScriptHashes(`<script type="module">${ISLAND}</script>`)).toEqual([sha(ISLAND)])
  })

  it('collects every page of the build', () => {
    expect(siteScriptHashes(root)).toEqual([sha(SENIOR), sha(ISLAND)].sort())
  })
})

describe('the static server sends the security headers', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    writeSiteHeaders(root)
    server = await startStaticServer(() => root, 0)
    const addr = server.address()
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  })
  afterAll(() => server?.close())

  it('a CSP allowing only this site and the hashed inline scripts', async () => {
    const res = await fetch(`${base}/`)
    const csp = res.headers.get('content-security-policy') ?? ''
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).toContain(sha(SENIOR))
    expect(scriptSrc).toContain(sha(ISLAND))
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
  })

  it('HSTS, nosniff, referrer and permissions policies, on pages, files and errors', async () => {
    for (const url of ['/', '/eligibility/', '/nope/', '/%zz']) {
      const h = (await fetch(`${base}${url}`)).headers
      expect(h.get('strict-transport-security'), url).toMatch(/max-age=\d{7,}/)
      expect(h.get('x-content-type-options'), url).toBe('nosniff')
      expect(h.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
      expect(h.get('permissions-policy'), url).toContain('camera=()')
      expect(h.get('x-frame-options'), url).toBe('DENY')
    }
  })

  it('does not serve the headers file itself', async () => {
    expect((await fetch(`${base}/_headers`)).status).toBe(404)
  })

  it('the _headers file says the same as the server', async () => {
    const file = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'))
    const res = await fetch(`${base}/`)
    for (const [k, v] of Object.entries(file)) expect(res.headers.get(k)).toBe(v)
  })
})
