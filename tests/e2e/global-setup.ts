/**
 * Builds the real site once for the e2e tests, the way production does: seed content/ into a
 * temporary SQLite file, export what the public may read, build with Astro, serve it.
 * E2E_SITE_DIR=<dist folder> reuses an existing build (for quick local reruns).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticServer } from '../../scripts/lib/static-server'
import { buildSite, exportData, seed } from '../../scripts/lib/steps'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    distDir: string
    /** the export the site was built from (E2E_SITE_DATA_DIR when E2E_SITE_DIR is reused) */
    siteDataDir: string
  }
}

export default async function setup(project: TestProject) {
  let dist = process.env.E2E_SITE_DIR
  let work: string | undefined
  let siteData = process.env.E2E_SITE_DATA_DIR ?? ''
  if (!dist) {
    work = mkdtempSync(path.join(tmpdir(), 'kaiping-e2e-'))
    const env = {
      DATA_DIR: path.join(work, 'data'),
      SITE_DATA_DIR: path.join(work, 'site-data'),
      PAYLOAD_SECRET: 'e2e-secret',
    }
    dist = path.join(work, 'dist')
    siteData = env.SITE_DATA_DIR
    console.log(`[e2e] building the site in ${work} …`)
    await seed(env)
    await exportData(env)
    await buildSite(env, dist)
  }
  const root = dist
  const server = await startStaticServer(() => root, 0)
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  project.provide('distDir', root)
  project.provide('siteDataDir', siteData)
  return () => {
    server.close()
    if (work) rmSync(work, { recursive: true, force: true })
  }
}
