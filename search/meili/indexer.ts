/** Writes records to Meilisearch with the official client: full rebuilds and single pages. */
import { Meilisearch } from 'meilisearch'
import { LANGS, type Lang } from '../../site/lib/i18n'
import type { SynonymPair } from '../synonyms'
import type { SearchRecord } from '../types'
import { indexUid, serverConfig, type Env } from './config'
import { indexSettings } from './settings'

export const meiliClient = (env: Env = process.env) => new Meilisearch(serverConfig(env))

const wait = { timeout: 60_000, interval: 100 }

/** Every locale index from scratch: settings, then all records (npm run search:index). */
export async function reindexAll(
  client: Meilisearch,
  records: SearchRecord[],
  pairs: SynonymPair[],
  log: (s: string) => void = console.log,
  env: Env = process.env,
): Promise<void> {
  for (const lang of LANGS as readonly Lang[]) {
    const uid = indexUid(lang, env)
    const mine = records.filter((r) => r.locale === lang)
    await client
      .createIndex(uid, { primaryKey: 'id' })
      .waitTask(wait)
      .catch(() => undefined)
    const index = client.index<SearchRecord>(uid)
    await index.updateSettings(indexSettings(lang, pairs)).waitTask(wait)
    await index.deleteAllDocuments().waitTask(wait)
    for (const task of index.addDocumentsInBatches(mine, 1000, { primaryKey: 'id' }))
      await task.waitTask(wait)
    log(`[search:index] ${uid}: ${mine.length} records`)
  }
}

/** Replace one CMS document's records (all locales); none given = remove it (unpublish/delete). */
export async function syncPage(
  client: Meilisearch,
  page: string,
  records: SearchRecord[],
  env: Env = process.env,
): Promise<void> {
  for (const lang of LANGS as readonly Lang[]) {
    const index = client.index<SearchRecord>(indexUid(lang, env))
    await index.deleteDocuments({ filter: `page = ${JSON.stringify(page)}` })
    const mine = records.filter((r) => r.locale === lang)
    if (mine.length) await index.addDocuments(mine, { primaryKey: 'id' })
  }
}

/** Only the synonyms changed (the CMS global). */
export async function updateSynonyms(
  client: Meilisearch,
  pairs: SynonymPair[],
  env: Env = process.env,
): Promise<void> {
  for (const lang of LANGS as readonly Lang[])
    await client.index(indexUid(lang, env)).updateSettings(indexSettings(lang, pairs))
}
