/**
 * Builds the preview of one draft: the public export with the draft in its place
 * (cms/export/previewData.ts), and the public site with the pages that show it rebuilt from
 * that data — into a folder of its own, which only the preview server serves. dist/ and the
 * public export are never written.
 */
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { writePreviewData, type PreviewRequest } from '../../cms/export/previewData'
import type { Locale } from '../../content/schema/locales'
import { href } from '../../site/lib/i18n'
import { RECORD_PAGE } from '../../site/lib/nav'
import { linkTree } from './link-tree'
import { readSiteData } from '../../cms/export/exported'
import { planRebuild } from './rebuild-plan'
import { buildSite, SITE_DATA, SITE_DIST } from './steps'

const PREVIEW_ROOT = path.join(path.dirname(SITE_DATA), 'preview')
export const PREVIEW_DATA = path.join(PREVIEW_ROOT, 'data')
export const PREVIEW_DIST = path.join(PREVIEW_ROOT, 'dist')

/** Builds the preview and returns the path of the record's page in `locale`. */
export async function buildPreview(
  payload: Payload,
  request: PreviewRequest & { locale: Locale },
  log: (s: string) => void = console.log,
): Promise<string> {
  const { collection, locale } = request
  const { slug } = await writePreviewData(payload, request, SITE_DATA, PREVIEW_DATA)
  // the record's pages and those that show it, as a publish would rebuild them
  const plan = planRebuild(
    [`${collection}/${slug}`],
    readSiteData(SITE_DATA),
    readSiteData(PREVIEW_DATA),
  )
  const slugs = plan.kind === 'partial' ? plan.slugs : [slug]
  log(`[preview] ${collection}/${slug}: building ${slugs.length} record(s) and the lists`)
  rmSync(PREVIEW_DIST, { recursive: true, force: true })
  // the public site as it is, hard-linked (nothing writes through a link: link-tree.ts)
  if (existsSync(SITE_DIST)) linkTree(SITE_DIST, PREVIEW_DIST)
  await buildSite({ SITE_DATA_DIR: PREVIEW_DATA }, PREVIEW_DIST, {
    onlySlugs: slugs,
  })
  return href(locale, RECORD_PAGE[collection](slug))
}
