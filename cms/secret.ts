import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from './paths'

/** Shorter secrets can be guessed offline from one signed session cookie. */
export const MIN_SECRET_LENGTH = 32

/**
 * PAYLOAD_SECRET from the environment; in the embedded default a random one is generated once
 * into .data/.env (gitignored) and reused, so sessions survive restarts. A production server
 * (NODE_ENV=production: `next start`, which `npm start` exports the embedded secret to) refuses
 * to start without a long one.
 */
export function requireSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.NODE_ENV === 'production') {
    if (!env.PAYLOAD_SECRET || env.PAYLOAD_SECRET.trim().length < MIN_SECRET_LENGTH)
      throw new Error(
        `PAYLOAD_SECRET must be set to at least ${MIN_SECRET_LENGTH} random characters in production ` +
          '(e.g. `openssl rand -hex 32`)',
      )
    return env.PAYLOAD_SECRET
  }
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // A shared database (MongoDB) means a real deployment: its secret must come from the
  // environment, never from a file generated on one machine.
  if (env.DATABASE_URI?.startsWith('mongodb')) {
    throw new Error('PAYLOAD_SECRET must be set when DATABASE_URI points to MongoDB')
  }
  const file = path.join(dataDir(), '.env')
  if (existsSync(file)) {
    const match = /^PAYLOAD_SECRET=(.+)$/m.exec(readFileSync(file, 'utf8'))
    if (match) return match[1].trim()
  }
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  return secret
}
