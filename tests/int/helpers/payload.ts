/**
 * A real Payload on a temporary SQLite file, seeded from tests/fixtures/content.
 * Env must be set before the config module is imported, so everything is imported lazily.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'

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
  const { docs } = await payload.find({
    collection: 'policies',
    where: { slug: { equals: 'test-plan' } },
    depth: 0,
    draft: true,
  })
  return docs[0].id
}
