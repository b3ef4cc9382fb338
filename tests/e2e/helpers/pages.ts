/** The built pages the browser tests visit: one per template, in each locale. */
import { readdirSync } from 'node:fs'
import path from 'node:path'

export const DETAIL_SECTIONS = [
  'programmes',
  'facilities',
  'policies',
  'charity',
  'places',
] as const

/** The first built detail page of a section, e.g. "/programmes/dibao/". */
export function firstDetail(dist: string, section: string): string | undefined {
  const first = readdirSync(path.join(dist, section), { withFileTypes: true }).find((d) =>
    d.isDirectory(),
  )
  return first && `/${section}/${first.name}/`
}

/** One page per template: each section's list and its first detail page, in each locale. */
export function pagesPerTemplate(dist: string): string[] {
  const pages = ['/', '/indicators/', '/404.html']
  for (const section of DETAIL_SECTIONS) {
    pages.push(`/${section}/`)
    const detail = firstDetail(dist, section)
    if (detail) pages.push(detail)
  }
  return pages.flatMap((p) => (p === '/404.html' ? [p] : [p, `/zh-hant${p}`, `/en${p}`]))
}
