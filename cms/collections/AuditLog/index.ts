import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { label } from '../../fields/label'

/** What the audit trail records. One definition, shared by the hooks and the admin labels. */
export const AUDIT_ACTIONS = {
  publish: ['发布', 'Published'],
  unpublish: ['取消发布', 'Unpublished'],
  withdraw: ['撤回（废止/修订/停止）', 'Withdrawn (repealed/amended/discontinued)'],
  reinstate: ['撤销撤回', 'Withdrawal lifted'],
  delete: ['删除', 'Deleted'],
  'user-create': ['新建工作人员', 'Staff user created'],
  'role-change': ['角色变更', 'Role changed'],
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

const never = () => false

/**
 * Who published, unpublished, withdrew, deleted or changed roles, and when. Written only by
 * hooks (cms/hooks/audit.ts) inside the same transaction as the change; admins read it, nobody
 * edits or deletes it through the admin or the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: label('操作记录', 'Audit entry'), plural: label('操作记录', 'Audit trail') },
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'summary', 'userEmail'],
    description: label(
      '谁在何时发布、取消发布、撤回、删除了内容，或变更了角色。只读。',
      'Who published, unpublished, withdrew or deleted content, or changed roles, and when. Read-only.',
    ),
  },
  access: { read: isAdmin, create: never, update: never, delete: never },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: label('操作', 'Action'),
      options: Object.entries(AUDIT_ACTIONS).map(([value, [zh, en]]) => ({
        value,
        label: label(zh, en),
      })),
    },
    { name: 'targetCollection', type: 'text', required: true, label: label('内容类型', 'Type') },
    { name: 'targetId', type: 'text', required: true, index: true, label: label('记录', 'Record') },
    { name: 'summary', type: 'text', label: label('摘要', 'Summary') },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: label('操作人', 'By'),
    },
    {
      name: 'userEmail',
      type: 'text',
      label: label('操作人邮箱', 'By (email)'),
      admin: {
        description: label(
          '保留操作时的邮箱，账号删除后仍可查。空白表示系统（导入或定时任务）。',
          'Kept as it was, so it survives the account. Empty means the system (seed or a scheduled job).',
        ),
      },
    },
    { name: 'detail', type: 'json', label: label('详情', 'Detail') },
  ],
}
