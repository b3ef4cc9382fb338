/** Staff roles. Editors write drafts; publishers and admins also publish; admins manage users. */
export const ROLES = ['admin', 'publisher', 'editor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { role?: string | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.role && (roles as string[]).includes(user.role))
