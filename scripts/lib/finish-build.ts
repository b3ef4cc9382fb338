/**
 * The two file-heavy steps of a site build, each run as a child process (steps.ts) like Astro,
 * so their synchronous work (seconds at 5,000 records) never stalls the static server that runs
 * in `npm start`'s own process:
 * - `buildIndex`, while Astro builds the pages: the search index, from the export alone, into
 *   a hard-linked copy of the served index, writing only the files that changed;
 * - `finishBuild`, once both are done: lay a partial build over a hard-linked copy of the
 *   served site, add the uploaded files and the index, write the headers, swap the result in.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { LOCALES } from '../../content/schema/locales'
import { linkTree, moveInto } from './link-tree'
import {
  allowedScriptHashes,
  HEADERS_FILE,
  writeSiteHeaders,
  writeSiteHeadersWith,
} from './security-headers'
import { swapIn } from './swap'

export type IndexJob = {
  /** the served site, whose index is the starting point */
  outDir: string
  /** where the new index goes (`<indexDir>/search/…`) */
  indexDir: string
  siteDataDir: string
}

export type FinishJob = IndexJob & {
  /** Astro's output */
  staging: string
  /** Astro built only some records' pages and the lists (rebuild-plan.ts) */
  partial: boolean
}

/** What every build writes anew: never hard-linked from the served site. */
const REWRITTEN = new Set(['media', HEADERS_FILE])
/** The index's own folders and files inside search/ (the search pages are Astro's). */
const indexEntries = (searchDir: string) =>
  existsSync(searchDir)
    ? readdirSync(searchDir).filter(
        (e) => (LOCALES as readonly string[]).includes(e) || e.endsWith('.json'),
      )
    : []

export async function buildIndex({ outDir, indexDir, siteDataDir }: IndexJob, log = console.log) {
  rmSync(indexDir, { recursive: true, force: true })
  const served = path.join(outDir, 'search')
  for (const lang of LOCALES)
    if (existsSync(path.join(served, lang)))
      // hard links: the writer replaces a changed file, never writing through a link
      linkTree(path.join(served, lang), path.join(indexDir, 'search', lang))
  const { writeSearchIndex } = await import('../../search/static/write')
  writeSearchIndex(siteDataDir, indexDir, log)
}

export async function finishBuild(job: FinishJob, log = console.log): Promise<void> {
  const { staging, outDir, partial, siteDataDir, indexDir } = job
  const t0 = Date.now()
  const took = (what: string) => log(`[site] ${what} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  let next = staging
  let hashes: string[] | undefined
  if (partial && existsSync(outDir)) {
    next = `${outDir}.next-merge`
    rmSync(next, { recursive: true, force: true })
    // the CSP must allow the inline scripts of every page: the served ones' and the new ones'
    // (Astro's build wrote the new pages' hashes into their _headers, security-headers.ts)
    hashes = [...new Set([...allowedScriptHashes(outDir), ...allowedScriptHashes(staging)])].sort()
    // a hard-linked copy (link-tree.ts) of all but what this build writes again
    const index = indexEntries(path.join(outDir, 'search')).map((e) => `search/${e}`)
    linkTree(outDir, next, new Set([...REWRITTEN, ...index]))
    // the old site's sitemap stays: a partial build adds or removes no page
    moveInto(staging, next, (file) => !/^sitemap.*\.xml$/.test(path.basename(file)))
    took('laid over a copy of the current site')
  }
  // uploaded files exported beside the data (cms/export/media.ts) are served from /media/
  const media = path.join(siteDataDir, 'media')
  if (existsSync(media)) cpSync(media, path.join(next, 'media'), { recursive: true })
  // the search index (built beside Astro's pages by buildIndex): its folders moved in whole
  mkdirSync(path.join(next, 'search'), { recursive: true })
  for (const e of indexEntries(path.join(indexDir, 'search')))
    renameSync(path.join(indexDir, 'search', e), path.join(next, 'search', e))
  rmSync(indexDir, { recursive: true, force: true })
  if (hashes) writeSiteHeadersWith(next, hashes)
  else if (!existsSync(path.join(next, HEADERS_FILE))) writeSiteHeaders(next)
  swapIn(next, outDir)
  took('live')
}
