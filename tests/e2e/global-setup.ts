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
  }
}

export default async function setup(project: TestProject) {
  let dist = process.env.E2E_SITE_DIR
  let work: string | undefined
  if (!dist) {
    work = mkdtempSync(path.join(tmpdir(), 'kaiping-e2e-'))
    const env = {
      DATA_DIR: path.join(work, 'data'),
      SITE_DATA_DIR: path.join(work, 'site-data'),
      PAYLOAD_SECRET: 'e2e-secret',
    }
    dist = path.join(work, 'dist')
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
  return () => {
    server.close()
    if (work) rmSync(work, { recursive: true, force: true })
  }
}
