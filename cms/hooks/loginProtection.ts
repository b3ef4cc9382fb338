import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import {
  APIError,
  ValidationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
} from 'payload'
import { clientId } from '../security/client'
import { LIMITS, take, tooMany } from '../security/limits'
import { passwordProblem } from '../security/passwords'

/** Payload 3.90's password hash (pbkdf2-sha256-v1): the work a real account's check costs. */
export const HASH = { iterations: 600_000, keyLength: 32 }
const DUMMY_SALT = 'a0'.repeat(32)

const emailOf = (data: unknown): string =>
  String((data as { email?: unknown } | undefined)?.email ?? '')
    .toLowerCase()
    .trim()

/**
 * Sign-in, reset request and reset: per-client rate limits, checked before Payload looks at
 * the account, so the answer never depends on whether it exists. An unknown e-mail costs the
 * same password hash as a real one (no timing difference). Payload's own account lock is off
 * (maxLoginAttempts: 0): it locks an account for everyone, so anyone who knows a staff e-mail
 * could keep that person out. Here a client that guesses wrong waits; others do not.
 */
export const limitSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const client = clientId(req)
  if (!client) return args // Local API: the server itself
  const data = (args as { data?: unknown }).data
  if (operation === 'login') {
    const account = `${client}|${emailOf(data)}`
    const wait = Math.max(
      await take(LIMITS.loginClient, client),
      await take(LIMITS.loginAccount, account),
    )
    if (wait) throw tooMany(wait, req)
    const known = await req.payload.db.findOne({
      collection: 'users',
      where: { email: { equals: emailOf(data) } },
      req,
    })
    if (!known) {
      const password = String((data as { password?: unknown })?.password ?? '')
      await promisify(pbkdf2)(password, DUMMY_SALT, HASH.iterations, HASH.keyLength, 'sha256')
    }
  } else if (operation === 'forgotPassword') {
    const wait = await take(LIMITS.forgotClient, client)
    if (wait) throw tooMany(wait, req)
  } else if (operation === 'resetPassword') {
    const wait = await take(LIMITS.resetClient, client)
    if (wait) throw tooMany(wait, req)
    const problem = passwordProblem(
      (data as { password?: unknown })?.password,
      undefined,
      req.i18n?.language,
    )
    if (problem) throw new APIError(problem, 400, undefined, true)
  }
  return args
}

/** A successful sign-in clears that client's failures. */
export const clearFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const client = clientId(req)
  if (client) {
    await LIMITS.loginAccount.delete(`${client}|${emailOf(user)}`)
    await LIMITS.loginClient.reward(client, 1)
  }
  return user
}

/** Staff passwords follow the rules whenever one is set (create, change). */
export const enforcePasswordRules: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (data && typeof data.password === 'string') {
    const problem = passwordProblem(
      data.password,
      (data.email as string | undefined) ?? (originalDoc?.email as string | undefined),
      req.i18n?.language,
    )
    if (problem)
      throw new ValidationError(
        { collection: 'users', errors: [{ path: 'password', message: problem }] },
        req.t,
      )
  }
  return data
}
