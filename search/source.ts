/** The CMS export (.cache/site-data/*.json) as the search mapping reads it. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type {
  CharityProject,
  Facility,
  Indicator,
  PlaceStory,
  Policy,
  Programme,
  SiteSettings,
} from '../site/lib/types'
import type { SynonymPair } from './synonyms'

export type SiteData = {
  programmes: Programme[]
  facilities: Facility[]
  policies: Policy[]
  charity: CharityProject[]
  places: PlaceStory[]
  indicators: Indicator[]
  /** what search reads of the site settings (the hotline for answers and empty results) */
  settings: Partial<SiteSettings>
  synonyms: SynonymPair[]
}

export function readSiteData(dir: string): SiteData {
  const read = <T>(name: string, fallback?: T): T => {
    try {
      return JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as T
    } catch (err) {
      if (fallback !== undefined) return fallback
      throw new Error(`search: cannot read ${name}.json in ${dir}`, { cause: err })
    }
  }
  const synonyms = read<{ pairs?: SynonymPair[] }>('search-synonyms', {}).pairs ?? []
  return {
    programmes: read('programmes'),
    facilities: read('facilities'),
    policies: read('policies'),
    charity: read('charity-projects'),
    places: read('place-stories'),
    indicators: read('indicators'),
    settings: read('site-settings'),
    synonyms,
  }
}
