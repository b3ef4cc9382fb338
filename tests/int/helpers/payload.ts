/**
 * A real Payload on a temporary SQLite file, seeded from tests/fixtures/content.
 * Env must be set before the config module is imported, so everything is imported lazily.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'

export const FIXTURE_CONTENT = path.resolve(__dirname, '../../fixtures/content')

export type TestCms = {
  payload: Payload
  config: SanitizedConfig
  dir: string
  close: () => Promise<void>
}

export async function startTestCms(): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-int-'))
  process.env.DATA_DIR = dir
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  delete process.env.DATABASE_URI
  delete process.env.SITE_REBUILD_URL
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../../cms/payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    dir,
    close: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function seedFixture(payload: Payload) {
  const { loadContent } = await import('../../../content/schema/load')
  const { importContent } = await import('../../../cms/seed/importContent')
  return importContent(payload, loadContent(FIXTURE_CONTENT), () => {})
}

/** The id of the fixture plan, for a citation: its source is a relationship to the policy. */
export async function fixturePlanId(payload: Payload): Promise<number | string> {
  return (await bySlug(payload, 'policies', 'test-plan', { depth: 0, draft: true })).id
}

/** One record by its slug, as `payload.find` gives it (the latest draft with `draft: true`). */
export async function bySlug<C extends CollectionSlug>(
  payload: Payload,
  collection: C,
  slug: string,
  opts: { draft?: boolean; depth?: number } = {},
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    ...opts,
  })
  return docs[0]
}
