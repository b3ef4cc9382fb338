/**
 * sitemap-index.xml (@astrojs/sitemap) lists every page with its hreflang alternates, every URL
 * in it answers 200 from the server, and robots.txt points to it.
 */
import { HTMLElement, parse } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'
import { LANGS } from '../../../site/lib/i18n'
import { builtPages } from '../helpers/dist'

const base = inject('baseURL')
const dist = inject('distDir')
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321')
/** A URL of the canonical site, fetched from the test server instead. */
const local = (loc: string) => new URL(new URL(loc).pathname, base).href

async function text(url: string): Promise<string> {
  const res = await fetch(url)
  expect(res.status, url).toBe(200)
  return res.text()
}

async function sitemapEntries() {
  const index = parse(await text(`${base}/sitemap-index.xml`))
  const maps = index.querySelectorAll('sitemap loc').map((l) => l.text.trim())
  expect(maps.length).toBeGreaterThan(0)
  const entries = []
  for (const map of maps) {
    const doc = parse(await text(local(map)))
    for (const url of doc.querySelectorAll('url')) {
      entries.push({
        loc: url.querySelector('loc')!.text.trim(),
        alternates: url.childNodes
          .filter(
            (n): n is HTMLElement => n instanceof HTMLElement && n.rawTagName === 'xhtml:link',
          )
          .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')] as const),
      })
    }
  }
  return entries
}

describe('sitemap and robots.txt', () => {
  it('robots.txt allows crawling and names the sitemap', async () => {
    const robots = await text(`${base}/robots.txt`)
    expect(robots).toMatch(/^User-agent: \*$/m)
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`)
  })

  it('lists every built page once, each with its three language versions', async () => {
    const entries = await sitemapEntries()
    const paths = entries.map((e) => new URL(e.loc).pathname)
    expect(new Set(paths).size).toBe(paths.length)
    const built = builtPages(dist)
      .filter((p) => p.template !== '404')
      .map((p) => p.url)
    expect([...paths].sort()).toEqual([...built].sort())
    for (const e of entries) {
      expect(e.alternates.map(([l]) => l).sort(), e.loc).toEqual([...LANGS].sort())
      expect(
        e.alternates.map(([, h]) => h),
        e.loc,
      ).toContain(e.loc)
    }
  })

  it('every sitemap URL answers 200', async () => {
    const entries = await sitemapEntries()
    const failed: string[] = []
    for (let i = 0; i < entries.length; i += 4) {
      await Promise.all(
        entries.slice(i, i + 4).map(async (e) => {
          // one retry for a kept-alive socket the server closed meanwhile (not for a status)
          const get = () => fetch(local(e.loc), { redirect: 'manual' })
          const res = await get().catch(get)
          await res.arrayBuffer()
          if (res.status !== 200) failed.push(`${e.loc}: ${res.status}`)
        }),
      )
    }
    expect(failed).toEqual([])
  })
})
