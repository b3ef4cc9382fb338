import type { Payload } from 'payload'
import type { User } from '../../../cms/payload-types'
import type { Role } from '../../../cms/access/roles'

/** A staff account of the given role (created by the system, as an admin would). */
export async function staffUser(payload: Payload, role: Role, tag: string = role): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${tag}@test.localhost`, password: 'a-long-test-password', role },
  })
  return { ...user, collection: 'users' } as User
}
