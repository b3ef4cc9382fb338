import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Repository root, found by walking up from the working directory (bundlers rewrite
 * import.meta.url, so it cannot be trusted inside the Next build).
 */
export function findRoot(start = process.cwd()): string {
  let dir = path.resolve(/* turbopackIgnore: true */ start)
  for (;;) {
    if (
      existsSync(path.join(/* turbopackIgnore: true */ dir, 'content', 'schema')) &&
      existsSync(path.join(/* turbopackIgnore: true */ dir, 'package.json'))
    )
      return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(/* turbopackIgnore: true */ start)
    dir = parent
  }
}

export const ROOT = process.env.KAIPING_ROOT ?? findRoot()

/** Where the public export for the site build goes (read by site/lib/data.ts). */
export const SITE_DATA_DIR = process.env.SITE_DATA_DIR ?? path.join(ROOT, '.cache', 'site-data')

/** Where the embedded database, media and generated env live (gitignored). */
export const dataDir = () =>
  path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? path.join(ROOT, '.data'))
