/**
 * Gates over every built page in all three locales: valid HTML (the Nu Html Checker, once over
 * the whole dist in one JVM), a title, one h1, the page's lang, dates written YYYY-MM-DD, and no
 * internal link or anchor that leads nowhere.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, inject, it } from 'vitest'
import { builtPages, fileFor } from '../helpers/dist'

const dist = inject('distDir')
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321')
const pages = builtPages(dist)
const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
)

type VnuMessage = { type: string; url?: string; message: string; extract?: string }

/** The checker's CSS grammar lags browsers: properties every current browser supports. */
const CSS_NOT_YET_KNOWN_TO_VNU = /^CSS: “paint-order”: Property “paint-order” doesn.t exist/

describe('every built page', () => {
  it('covers every template in all three locales', () => {
    const byTemplate = new Map<string, Set<string>>()
    for (const p of pages)
      byTemplate.set(p.template, (byTemplate.get(p.template) ?? new Set()).add(p.lang))
    expect(pages.length).toBeGreaterThan(100)
    for (const [template, langs] of byTemplate)
      if (template !== '404')
        expect([template, [...langs].sort()]).toEqual([template, ['en', 'zh-CN', 'zh-Hant']])
  })

  it('is valid HTML (Nu Html Checker: no errors)', async () => {
    // vnu exits 1 when it reports errors; the report is on stderr either way
    const { stderr } = await promisify(execFile)(
      process.env.JAVA ?? 'java',
      ['-Xss8m', '-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', dist],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((err: { stderr?: string; code?: number }) => {
      if (typeof err.stderr !== 'string' || err.code !== 1) throw err
      return { stderr: err.stderr }
    })
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .filter((m) => !CSS_NOT_YET_KNOWN_TO_VNU.test(m.message))
      .map(
        (m) =>
          `${path.relative(dist, (m.url ?? '').replace(/^file:/, ''))}: ${m.message} «${m.extract ?? ''}»`,
      )
    expect(errors).toEqual([])
  }, 600_000)

  it('has a title, exactly one h1 and the lang of its locale', () => {
    const problems = pages.flatMap((p) => {
      const out: string[] = []
      if (!p.root.querySelector('title')?.text.trim()) out.push('no <title>')
      const h1 = p.root.querySelectorAll('h1').length
      if (h1 !== 1) out.push(`${h1} <h1>`)
      const lang = p.root.querySelector('html')?.getAttribute('lang')
      if (lang !== p.lang) out.push(`lang="${lang}", expected ${p.lang}`)
      return out.map((o) => `${p.url}: ${o}`)
    })
    expect(problems).toEqual([])
  })

  it('writes dates as YYYY-MM-DD (a partial date as YYYY or YYYY-MM), never d/m/y', () => {
    const problems = pages.flatMap((p) => {
      const out: string[] = []
      for (const time of p.root.querySelectorAll('time')) {
        const dt = time.getAttribute('datetime') ?? ''
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(dt)) out.push(`<time datetime="${dt}">`)
        else if (dt.length === 10 && time.text.trim() !== dt)
          out.push(`<time> shows "${time.text.trim()}" for ${dt}`)
      }
      const text = p.root.querySelector('body')?.text ?? ''
      const other = text.match(
        /\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}\b/g,
      )
      for (const d of other ?? []) out.push(`date written "${d}"`)
      return out.map((o) => `${p.url}: ${o}`)
    })
    expect(problems).toEqual([])
  })

  it('has no broken internal link or anchor', () => {
    const ids = new Map<string, Set<string>>()
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const page = pages.find((p) => p.file === file)
        const found = page ? page.root.querySelectorAll('[id]').map((e) => e.id) : []
        ids.set(file, new Set(found))
      }
      return ids.get(file)!
    }
    const broken: string[] = []
    for (const p of pages) {
      const base = new URL(p.url, site)
      const refs = p.root
        .querySelectorAll('a[href], link[href], img[src], source[srcset], script[src]')
        .flatMap((el) => {
          const v =
            el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset') ?? ''
          return el.tagName === 'SOURCE' ? v.split(',').map((s) => s.trim().split(/\s+/)[0]) : [v]
        })
      for (const ref of refs) {
        if (/^(data|tel|mailto|javascript):/i.test(ref)) continue
        const target = new URL(ref, base)
        if (target.origin !== site.origin) continue
        const file = fileFor(dist, target.pathname, existsSync)
        if (!file) broken.push(`${p.url} → ${ref}`)
        else if (target.hash && target.hash !== '#' && file.endsWith('.html')) {
          if (!idsOf(file).has(decodeURIComponent(target.hash.slice(1))))
            broken.push(`${p.url} → ${ref} (no such anchor)`)
        }
      }
    }
    expect(broken).toEqual([])
  })
})
