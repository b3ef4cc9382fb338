/** The built site as files: every page, its template and locale, parsed once (for the gates). */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'
import { LANGS, PREFIX, type Lang } from '../../../site/lib/i18n'

export type BuiltPage = {
  /** Site path, e.g. "/en/programmes/dibao/" (or "/404.html"). */
  url: string
  file: string
  lang: Lang
  /** "home", "programmes/list", "programmes/detail", "eligibility/list", "404" … */
  template: string
  html: string
  root: HTMLElement
}

const PREFIXES = new Map(LANGS.map((l) => [PREFIX[l], l] as const))

export function templateOf(url: string): { lang: Lang; template: string } {
  if (url === '/404.html') return { lang: 'zh-CN', template: '404' }
  const parts = url.split('/').filter(Boolean)
  const lang = PREFIXES.get(parts[0]) ?? 'zh-CN'
  if (lang !== 'zh-CN') parts.shift()
  if (parts.length === 0) return { lang, template: 'home' }
  return { lang, template: `${parts[0]}/${parts.length > 1 ? 'detail' : 'list'}` }
}

export function htmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort()
}

const cache = new Map<string, BuiltPage[]>()

export function builtPages(dist: string): BuiltPage[] {
  const hit = cache.get(dist)
  if (hit) return hit
  const pages = htmlFiles(dist).map((rel) => {
    const file = path.join(dist, rel)
    const url =
      '/' +
      rel
        .replace(/(^|\/)index\.html$/, '$1')
        .split(path.sep)
        .join('/')
    const html = readFileSync(file, 'utf8')
    return { url, file, ...templateOf(url), html, root: parse(html, { comment: false }) }
  })
  cache.set(dist, pages)
  return pages
}

/** The dist file a site path is served from ("/a/" → a/index.html), or undefined if none. */
export function fileFor(dist: string, sitePath: string, exists: (f: string) => boolean) {
  const clean = decodeURIComponent(sitePath)
  // trailingSlash: 'always': a page's URL ends in "/", a file's does not
  const file = clean.endsWith('/') ? path.join(dist, clean, 'index.html') : path.join(dist, clean)
  return exists(file) ? file : undefined
}
