import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export type AdminResult = { email: string; password?: string; created: boolean }

/**
 * The first admin: PAYLOAD_ADMIN_EMAIL / PAYLOAD_ADMIN_PASSWORD, or a development admin whose
 * random password is returned (and printed once by the caller). Existing users are left alone.
 */
export async function ensureAdmin(
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Promise<AdminResult> {
  const email = env.PAYLOAD_ADMIN_EMAIL?.trim() || 'admin@kaiping.localhost'
  const existing = await payload.find({ collection: 'users', limit: 1, depth: 0 })
  if (existing.totalDocs > 0) return { email, created: false }
  const given = env.PAYLOAD_ADMIN_PASSWORD
  const password = given || randomBytes(9).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, role: 'admin', name: '管理员' },
  })
  return { email, password: given ? undefined : password, created: true }
}
