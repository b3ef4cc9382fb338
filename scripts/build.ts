/**
 * npm run build — the deployable outputs without serving them: the static site (dist/) from
 * the published CMS content, and the admin/API build (cms/.next). Seeds an empty database first.
 */
import { requireSecret } from '../cms/secret'
import { runMain } from './lib/main'
import { buildAdmin, buildSite, exportData, seed, SITE_DIST } from './lib/steps'

const step = async (label: string, fn: () => Promise<unknown>) => {
  const t0 = Date.now()
  console.log(`[build] ${label} …`)
  await fn()
  console.log(`[build] ${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}

async function main() {
  // `next build` runs as production: it gets the embedded secret unless one is set
  process.env.PAYLOAD_SECRET = requireSecret()
  await step('database (seed if empty)', () => seed({}, true))
  await step('export published content', () => exportData())
  await step(`static site → ${SITE_DIST}`, () => buildSite())
  if (!process.argv.includes('--site-only'))
    await step('admin and API (Next.js)', () => buildAdmin())
}

void runMain('build', main)
