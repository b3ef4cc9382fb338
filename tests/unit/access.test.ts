import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { Media } from '../../cms/collections/Media'
import { Users } from '../../cms/collections/Users'

const as = (role?: string) => ({
  req: { user: role ? { id: 1, role, collection: 'users' } : null } as unknown as PayloadRequest,
})

describe('who may do what (access rules)', () => {
  it('only publishers and admins replace a media file behind published pages; only admins delete', () => {
    expect(Media.access?.update?.(as('editor'))).toBe(false)
    expect(Media.access?.update?.(as('publisher'))).toBe(true)
    expect(Media.access?.delete?.(as('publisher'))).toBe(false)
    expect(Media.access?.create?.(as())).toBe(false)
  })

  it('only admins unlock a locked-out account', () => {
    expect(Users.access?.unlock?.(as('editor'))).toBe(false)
    expect(Users.access?.unlock?.(as('publisher'))).toBe(false)
    expect(Users.access?.unlock?.(as('admin'))).toBe(true)
  })
})
