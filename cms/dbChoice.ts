/** Which database DATABASE_URI names, without loading any adapter (light enough for CLIs). */
import path from 'node:path'
import { dataDir } from './paths'

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }

/**
 * DATABASE_URI=mongodb://… (or mongodb+srv://…) selects MongoDB; anything else, or nothing,
 * selects the embedded SQLite file (default .data/kaiping.db, or a file: URL).
 */
export function chooseDatabase(
  env: Record<string, string | undefined> = process.env,
): DatabaseChoice {
  const uri = env.DATABASE_URI?.trim()
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', url: uri }
  if (uri && uri.startsWith('file:')) return { kind: 'sqlite', url: uri }
  if (uri)
    throw new Error(
      `DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:…")`,
    )
  return { kind: 'sqlite', url: `file:${path.join(dataDir(), 'kaiping.db')}` }
}
