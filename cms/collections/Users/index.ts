import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES } from '../../access/roles'
import { label } from '../../fields/label'
import { clearFailures, enforcePasswordRules, limitSignIn } from '../../hooks/loginProtection'
import { authCookies } from '../../security/origins'
import { auditAfterDelete, auditUserChange } from '../../hooks/audit'

const ROLE_LABELS = {
  admin: ['管理员', 'Admin'],
  publisher: ['发布员', 'Publisher'],
  editor: ['编辑', 'Editor'],
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('工作人员', 'Staff user'), plural: label('工作人员', 'Staff users') },
  auth: {
    cookies: authCookies(),
    // a working day; then sign in again
    tokenExpiration: 8 * 60 * 60,
    // Payload's lock is per account for everyone, which lets anyone lock staff out; the
    // per-client limits in hooks/loginProtection.ts replace it
    maxLoginAttempts: 0,
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // Payload's own per-account interval writes outside the request's transaction, which
      // SQLite answers with "database is locked" (a 500 for every request); the per-client
      // limit in hooks/loginProtection.ts takes its place
      minRequestInterval: 0,
    },
  },
  hooks: {
    beforeOperation: [limitSignIn],
    beforeValidate: [enforcePasswordRules],
    afterLogin: [clearFailures],
    afterChange: [auditUserChange],
    afterDelete: [auditAfterDelete],
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', type: 'text', label: label('姓名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: label('角色', 'Role'),
      access: { update: isAdminField, create: isAdminField },
      options: ROLES.map((value) => ({
        value,
        label: label(ROLE_LABELS[value][0], ROLE_LABELS[value][1]),
      })),
    },
  ],
}
