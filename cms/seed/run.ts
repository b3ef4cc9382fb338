/**
 * npm run seed — validate content/, then import it into the CMS database (embedded SQLite by
 * default, MongoDB when DATABASE_URI=mongodb://…). Exit code 1 on a bad record; nothing written.
 */
import { getPayload } from 'payload'
import { ContentError, loadContent } from '../../content/schema/load'
import { requestSiteRebuild } from '../hooks/rebuildSite'
import { ensureAdmin, type AdminResult } from './admin'
import { ImportError, importContent } from './importContent'
import { runMain } from '../../scripts/lib/main'
import { contentDir, seedSynonyms } from './synonyms'

async function main(): Promise<number> {
  const started = Date.now()
  console.log('[seed] validating content/ …')
  let content
  try {
    content = loadContent(process.env.CONTENT_DIR || undefined)
  } catch (err) {
    if (err instanceof ContentError) {
      console.error(`[seed] stopped: ${err.message}\n[seed] nothing was written.`)
      return 1
    }
    throw err
  }
  console.log('[seed] content/ is valid; opening the database …')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  // the first admin comes first, so an interrupted first run never leaves a database without one
  reportAdmin(await ensureAdmin(payload))
  // search synonyms: seeded once from content/, then the editors' list in the CMS
  console.log(`[seed] search synonyms: ${await seedSynonyms(payload, contentDir())}`)
  if (process.argv.includes('--if-empty')) {
    const { totalDocs } = await payload.count({ collection: 'towns' })
    if (totalDocs > 0) {
      console.log(
        '[seed] the database already has content; not importing (run "npm run seed" to import content/ changes)',
      )
      return 0
    }
  }
  try {
    const stats = await importContent(payload, content, console.log, {
      force: process.argv.includes('--force'),
    })
    const secs = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      `[seed] done in ${secs} s: ${stats.created} created, ${stats.updated} updated, ${stats.unchanged} unchanged, ${stats.skipped} skipped`,
    )
    if (stats.created + stats.updated > 0) requestSiteRebuild('seed')
    return 0
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(
        `[seed] stopped at ${err.message}\n[seed] the import was rolled back; nothing was written.`,
      )
      return 1
    }
    throw err
  }
}

function reportAdmin(admin: AdminResult) {
  if (!admin.created) return
  console.log(`[seed] admin user created: ${admin.email}`)
  if (admin.password) console.log(`[seed] development password (shown once): ${admin.password}`)
}

void runMain('seed', main)
