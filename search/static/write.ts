/** The site build's search step: CMS export → records → dist/search/ (see scripts/lib/steps.ts). */
import { toRecords } from '../records'
import { readSiteData } from '../source'
import { buildStaticIndex } from './build'
import { Memo } from './memo'

/**
 * The index of the export in `siteDataDir`, into `outDir/search/`. What the last build did is
 * reused (static/memo.ts, kept in `<siteDataDir>.search-memo`): after a publish only the
 * changed records are analysed again and only changed files written.
 */
export function writeSearchIndex(
  siteDataDir: string,
  outDir: string,
  log: (s: string) => void = console.log,
): void {
  const t0 = Date.now()
  const memo = Memo.at(`${siteDataDir}.search-memo`)
  const records = toRecords(readSiteData(siteDataDir), undefined, memo)
  buildStaticIndex(records, outDir, log, memo)
  memo.save()
  log(`[search] static index: ${records.length} records in ${Date.now() - t0} ms`)
}
