/**
 * The search page's Meilisearch engine (MEILISEARCH_HOST set at build time): the official client
 * with the search-only key, shaped like the static engine so the page code is the same.
 */
import { Meilisearch } from 'meilisearch'
import type { PublicSearchConfig } from '../../../search/meili/config'
import { normalise, terms } from '../../../search/normalise'
import type { ResultCard } from '../../../search/static/format'
import type { Filters, Outcome, SearchEngine } from '../../../search/static/query'
import type { SearchRecord } from '../../../search/types'

const list = (field: string, values?: string[]) =>
  values?.length ? [values.map((v) => `${field} = ${JSON.stringify(v)}`)] : []

export class MeiliIndex implements SearchEngine {
  private hits: SearchRecord[] = []
  private readonly client: Meilisearch

  constructor(
    cfg: PublicSearchConfig,
    private readonly lang: string,
  ) {
    this.client = new Meilisearch({ host: cfg.host, apiKey: cfg.key })
    this.uid = `${cfg.prefix}-${lang}`
  }
  private readonly uid: string

  async search(q: string, filters: Filters = {}): Promise<Outcome> {
    const res = await this.client.index<SearchRecord>(this.uid).search(q, {
      filter: [...list('type', filters.types), ...list('town', filters.towns)],
      facets: ['type', 'town'],
      limit: 200,
      attributesToCrop: ['body'],
      cropLength: 60,
    })
    this.hits = res.hits
    const names = new Map(this.hits.map((h) => [h.town, h.townName]))
    const towns = Object.keys(res.facetDistribution?.town ?? {}).map((slug) => ({
      slug,
      name: names.get(slug) ?? slug,
    }))
    const name = normalise(q).replace(/ /g, '')
    const named = this.hits
      .map((h, i) => (h.names.some((k) => normalise(k).replace(/ /g, '') === name) ? i : -1))
      .filter((i) => i >= 0)
    return {
      docs: this.hits.map((_, i) => i),
      typeCounts: res.facetDistribution?.type ?? {},
      townCounts: res.facetDistribution?.town ?? {},
      towns,
      mode: 'all',
      terms: [...new Set(terms(normalise(q)))],
      named,
    }
  }

  async card(n: number): Promise<ResultCard> {
    const h = this.hits[n]
    return { ...h, text: h.summary || h.body }
  }
}
