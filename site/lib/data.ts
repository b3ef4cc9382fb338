/** Build-time access to the CMS export. Fails loudly when the export is missing. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROGRAMME_CATEGORIES } from '../../content/schema/records'
import { todayInKaiping } from './eligibility/dates'
import type {
  CharityProject,
  Facility,
  Indicator,
  PlaceStory,
  Policy,
  Programme,
  SiteSettings,
  Town,
} from './types'

const DIR = process.env.SITE_DATA_DIR ?? path.resolve('.cache/site-data')

function read<T>(name: string): T {
  const file = path.join(DIR, `${name}.json`)
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run "npm run export" (or "npm run build") so the site can read the CMS`,
    )
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

const cache = new Map<string, unknown>()
const load = <T>(name: string): T => {
  if (!cache.has(name)) cache.set(name, read<T>(name))
  return cache.get(name) as T
}

export const towns = () => load<Town[]>('towns')
export const policies = () => load<Policy[]>('policies')
export const programmes = () => load<Programme[]>('programmes')
export const facilities = () => load<Facility[]>('facilities')
export const charityProjects = () => load<CharityProject[]>('charity-projects')
export const placeStories = () => load<PlaceStory[]>('place-stories')
export const indicators = () => load<Indicator[]>('indicators')
export const siteSettings = () => load<SiteSettings>('site-settings')

/** What lists, the eligibility check and search show: withdrawn records keep only their page. */
export const current = <T extends { withdrawn?: boolean }>(docs: T[]): T[] =>
  docs.filter((d) => !d.withdrawn)
export const currentPolicies = () => current(policies())
export const currentProgrammes = () => current(programmes())

export const policyBySlug = (slug: string) => policies().find((p) => p.slug === slug)

/** Programmes that list this policy (published ones only: the export holds nothing else). */
export const programmesForPolicy = (policy: Policy) =>
  currentProgrammes().filter((p) =>
    (p.relatedPolicies ?? []).some((r) => (typeof r === 'object' ? r.id : r) === policy.id),
  )

/** YYYY-MM-DD of the latest change among the given documents. */
export function lastUpdated(...docs: ({ updatedAt?: string } | undefined)[]): string {
  const dates = docs
    .map((d) => d?.updatedAt)
    .filter((d): d is string => Boolean(d))
    .sort()
  // the date in Kaiping (UTC+8), not in UTC
  return todayInKaiping(new Date(dates.at(-1) ?? Date.now()))
}

/** Programmes grouped by category, in the order a resident thinks of them (basic living first). */
export function programmesByCategory(): {
  category: Programme['category']
  items: Programme[]
}[] {
  const all = currentProgrammes()
  return PROGRAMME_CATEGORIES.map((category) => ({
    category,
    items: all.filter((p) => p.category === category),
  })).filter((g) => g.items.length > 0)
}
