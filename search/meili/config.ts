/**
 * Meilisearch configuration from the environment. The admin key stays on the server (indexing,
 * CMS hooks); the browser only ever gets MEILISEARCH_SEARCH_KEY, a key that can only search.
 */
import type { Lang } from '../../site/lib/i18n'

export type Env = Record<string, string | undefined>

export const meiliEnabled = (env: Env = process.env) => Boolean(env.MEILISEARCH_HOST)

/** One index per locale. */
export const indexUid = (lang: Lang, env: Env = process.env) =>
  `${env.MEILISEARCH_INDEX_PREFIX ?? 'kaiping'}-${lang}`

export function serverConfig(env: Env = process.env) {
  if (!env.MEILISEARCH_HOST) throw new Error('MEILISEARCH_HOST is not set')
  return {
    host: env.MEILISEARCH_HOST,
    apiKey: env.MEILISEARCH_ADMIN_KEY ?? env.MEILISEARCH_API_KEY,
    timeout: Number(env.MEILISEARCH_TIMEOUT_MS ?? 5000),
  }
}

export type PublicSearchConfig = { engine: 'meili'; host: string; key: string; prefix: string }

/**
 * What the search page may embed. Refuses to run without a separate search-only key, and never
 * hands out the admin key.
 */
export function publicSearchConfig(env: Env = process.env): PublicSearchConfig | undefined {
  if (!env.MEILISEARCH_HOST) return undefined
  const key = env.MEILISEARCH_SEARCH_KEY
  const admin = env.MEILISEARCH_ADMIN_KEY ?? env.MEILISEARCH_API_KEY
  if (!key)
    throw new Error(
      'MEILISEARCH_SEARCH_KEY is not set: create a search-only key (actions ["search"]) for the browser',
    )
  if (admin && key === admin)
    throw new Error('MEILISEARCH_SEARCH_KEY must not be the admin key: it is sent to every browser')
  return {
    engine: 'meili',
    host: env.MEILISEARCH_PUBLIC_HOST ?? env.MEILISEARCH_HOST,
    key,
    prefix: env.MEILISEARCH_INDEX_PREFIX ?? 'kaiping',
  }
}
