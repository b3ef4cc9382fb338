/**
 * npm run search:index — rebuild every Meilisearch index (settings, synonyms, all records) from
 * the CMS export. Without MEILISEARCH_HOST it rebuilds the static index into dist/ instead.
 */
import path from 'node:path'
import { SITE_DATA_DIR } from '../../cms/paths'
import { toRecords } from '../records'
import { readSiteData } from '../source'
import { writeSearchIndex } from '../static/write'
import { meiliEnabled, serverConfig } from './config'
import { meiliClient, reindexAll } from './indexer'

async function main() {
  if (!meiliEnabled()) {
    const dist = process.env.SITE_OUT_DIR ?? path.resolve('dist')
    console.log(
      `[search:index] MEILISEARCH_HOST is not set: rebuilding the static index in ${dist}`,
    )
    writeSearchIndex(SITE_DATA_DIR, dist)
    return
  }
  const data = readSiteData(SITE_DATA_DIR)
  const records = toRecords(data)
  console.log(`[search:index] ${records.length} records → ${serverConfig().host}`)
  await reindexAll(meiliClient(), records, data.synonyms)
  console.log('[search:index] done')
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`[search:index] failed: ${err.message}`)
    process.exit(1)
  },
)
