/** The build steps shared by `npm start`, `npm run build` and the e2e setup. */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { ROOT, SITE_DATA_DIR } from '../../cms/paths'
import { mustRun, NOISE } from './run'
import { swapIn } from './swap'

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
export const SITE_DIST = process.env.SITE_OUT_DIR ?? path.join(ROOT, 'dist')
export const SITE_DATA = SITE_DATA_DIR
export const ADMIN_BUILD_ID = path.join(ROOT, 'cms', '.next', 'BUILD_ID')

export type Env = Record<string, string | undefined>

export const seed = (env: Env = {}, ifEmpty = false, opts: { quietUnlessFailed?: boolean } = {}) =>
  mustRun(bin('tsx'), ['cms/seed/run.ts', ...(ifEmpty ? ['--if-empty'] : [])], {
    cwd: ROOT,
    env,
    prefix: '',
    quiet: NOISE,
    buffer: opts.quietUnlessFailed,
  })

export const exportData = (env: Env = {}) =>
  mustRun(bin('tsx'), ['cms/export/run.ts'], {
    cwd: ROOT,
    env: { SITE_DATA_DIR: SITE_DATA, ...env },
    prefix: '',
    quiet: NOISE,
  })

/** Build the static site into a staging folder, then swap it in so a server never sees half a site. */
export async function buildSite(env: Env = {}, outDir = SITE_DIST): Promise<void> {
  const staging = `${outDir}.next-build`
  rmSync(staging, { recursive: true, force: true })
  await mustRun(bin('astro'), ['build', '--silent'], {
    cwd: ROOT,
    env: { SITE_DATA_DIR: SITE_DATA, ...env, SITE_OUT_DIR: staging },
    prefix: '[site]',
  })
  // uploaded files exported beside the data (cms/export/media.ts) are served from /media/
  const media = path.join(env.SITE_DATA_DIR ?? SITE_DATA, 'media')
  if (existsSync(media)) cpSync(media, path.join(staging, 'media'), { recursive: true })
  // the static search index (search/README.md), part of every build and publish rebuild
  // (loaded here, so commands that only seed or export never load the search code)
  const { writeSearchIndex } = await import('../../search/static/write')
  writeSearchIndex(env.SITE_DATA_DIR ?? SITE_DATA, staging)
  swapIn(staging, outDir)
}

export async function buildAdmin(env: Env = {}): Promise<void> {
  await mustRun(bin('payload'), ['generate:importmap'], {
    cwd: ROOT,
    env: { PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', ...env },
    prefix: '[admin]',
    quiet: NOISE,
  })
  await mustRun(bin('next'), ['build', 'cms'], {
    cwd: ROOT,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
    prefix: '[admin]',
  })
}

/** Newest modification time below `dir` (skipping build output), in ms. */
export function newestMtime(
  dir: string,
  skip = /(^|\/)(node_modules|\.next|\.astro|dist)(\/|$)/,
): number {
  let newest = 0
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (skip.test(p)) continue
      if (entry.isDirectory()) walk(p)
      else newest = Math.max(newest, statSync(p).mtimeMs)
    }
  }
  if (existsSync(dir)) walk(dir)
  return newest
}

/** The admin build is stale when any CMS source, content schema or the lock file is newer. */
export function adminIsStale(): boolean {
  if (!existsSync(ADMIN_BUILD_ID)) return true
  const built = statSync(ADMIN_BUILD_ID).mtimeMs
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'cms')),
    newestMtime(path.join(ROOT, 'content', 'schema')),
    statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
  )
  return sources > built
}
