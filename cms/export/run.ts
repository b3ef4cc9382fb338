/** npm run export — write the published CMS content to .cache/site-data for the Astro build. */
import path from 'node:path'
import { getPayload } from 'payload'
import { SITE_DATA_DIR } from '../paths'
import { exportSiteData } from './exportSiteData'
import { runMain } from '../../scripts/lib/main'

async function main() {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  await exportSiteData(payload, SITE_DATA_DIR)
  console.log(`[export] wrote ${path.relative(process.cwd(), SITE_DATA_DIR) || SITE_DATA_DIR}`)
}

void runMain('export', main)
