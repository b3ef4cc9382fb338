import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES } from '../../access/roles'
import { label } from '../../fields/label'
import { auditAfterDelete, auditUserChange } from '../../hooks/audit'

const ROLE_LABELS = {
  admin: ['管理员', 'Admin'],
  publisher: ['发布员', 'Publisher'],
  editor: ['编辑', 'Editor'],
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('工作人员', 'Staff user'), plural: label('工作人员', 'Staff users') },
  auth: true,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { afterChange: [auditUserChange], afterDelete: [auditAfterDelete] },
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
