/** A build with Meilisearch configured: the browser gets the search-only key, never the admin key. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { buildSite } from '../../scripts/lib/steps'

const dist = inject('distDir')
/** the export global-setup built the site from (or the local one when reusing a build) */
const siteData = [
  path.join(path.dirname(dist), 'site-data'),
  path.resolve('.cache/site-data'),
].find((d) => existsSync(d))
const out = mkdtempSync(path.join(tmpdir(), 'kaiping-meili-build-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? files(p) : [p]
  })

describe('the Meilisearch keys', () => {
  it('the admin key reaches no file of dist/; the search page carries the search-only key', async () => {
    expect(siteData, 'no site export to build from').toBeDefined()
    await buildSite(
      {
        SITE_DATA_DIR: siteData,
        MEILISEARCH_HOST: 'http://127.0.0.1:7700',
        MEILISEARCH_ADMIN_KEY: 'admin-key-must-not-leak',
        MEILISEARCH_SEARCH_KEY: 'search-only-key',
      },
      path.join(out, 'dist'),
    )
    const all = files(path.join(out, 'dist'))
    expect(all.length).toBeGreaterThan(100)
    const leaks = all.filter((f) => readFileSync(f).includes('admin-key-must-not-leak'))
    expect(leaks).toEqual([])
    for (const page of ['search/index.html', 'en/search/index.html'])
      expect(readFileSync(path.join(out, 'dist', page), 'utf8')).toContain('search-only-key')
  })
})
