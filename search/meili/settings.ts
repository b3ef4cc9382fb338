/** Index settings, applied in code (never by hand): one call per locale index. */
import type { Settings } from 'meilisearch'
import type { Lang } from '../../site/lib/i18n'
import { meiliSynonyms, type SynonymPair } from '../synonyms'

export function indexSettings(lang: Lang, pairs: SynonymPair[]): Settings {
  const text = lang === 'en' ? 'eng' : 'cmn'
  return {
    // ranked: a title hit beats a keyword (pinyin, Jyutping, synonym) beats summary beats body
    searchableAttributes: ['title', 'keywords', 'summary', 'townName', 'body'],
    filterableAttributes: ['type', 'town', 'locale', 'page'],
    sortableAttributes: ['updated'],
    displayedAttributes: [
      'id',
      'type',
      'locale',
      'title',
      'summary',
      'body',
      'url',
      'town',
      'townName',
      'category',
      'updated',
      'answer',
      'keywords',
      'names',
    ],
    localizedAttributes: [
      { attributePatterns: ['title', 'summary', 'body', 'townName'], locales: [text] },
      // pinyin, Jyutping and English names are latin whatever the page's language
      { attributePatterns: ['keywords'], locales: ['cmn', 'eng'] },
    ],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    synonyms: meiliSynonyms(pairs),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 50 },
    pagination: { maxTotalHits: 1000 },
  }
}
