import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Repository root, found by walking up from the working directory (bundlers rewrite
 * import.meta.url, so it cannot be trusted inside the Next build).
 */
export function findRoot(start = process.cwd()): string {
  let dir = path.resolve(start)
  for (;;) {
    if (existsSync(path.join(dir, 'content', 'schema')) && existsSync(path.join(dir, 'package.json'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(start)
    dir = parent
  }
}

export const ROOT = process.env.KAIPING_ROOT ?? findRoot()

/** Where the embedded database, media and generated env live (gitignored). */
export const dataDir = () => path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'))
