/** The site build's search step: CMS export → records → dist/search/ (see scripts/lib/steps.ts). */
import { toRecords } from '../records'
import { readSiteData } from '../source'
import { buildStaticIndex } from './build'

export function writeSearchIndex(
  siteDataDir: string,
  outDir: string,
  log: (s: string) => void = console.log,
): void {
  const t0 = Date.now()
  const records = toRecords(readSiteData(siteDataDir))
  buildStaticIndex(records, outDir, log)
  log(`[search] static index: ${records.length} records in ${Date.now() - t0} ms`)
}
