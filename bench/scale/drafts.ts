/**
 * Scale bench helper: give every 10th record of each public collection an unpublished draft
 * (an editor's work in progress), as a real CMS has. Run with the bench's DATA_DIR. The
 * published version stays what the public sees; the export must not contain the drafts.
 */
import { getPayload } from 'payload'
import { PUBLIC_COLLECTIONS } from '../../cms/export/exportSiteData'

const SHARE = Number(process.env.BENCH_DRAFT_EVERY ?? 10)

async function main() {
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  let drafts = 0
  for (const collection of PUBLIC_COLLECTIONS) {
    const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0 })
    for (const doc of docs.filter((_, i) => i % SHARE === SHARE - 1)) {
      await payload.update({
        collection,
        id: doc.id,
        data: { slug: (doc as { slug: string }).slug } as never,
        draft: true,
        depth: 0,
        context: { seeding: true },
      })
      drafts += 1
      // let libsql free the finished statements (see cms/seed/importContent.ts)
      await new Promise((r) => setImmediate(r))
    }
  }
  console.log(`[bench] drafts: ${drafts} records have an unpublished draft`)
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
