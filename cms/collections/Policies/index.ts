import { richTextField } from '../../fields/richText'
import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedText, localizedTextarea, partialDate } from '../../fields/basic'
import { citationsArray } from '../../fields/citation'
import { publicCollection } from '../publicCollection'
import { selectField } from '../../fields/options'
import { withdrawalFields } from '../../fields/withdrawal'

/**
 * What a policy brings when another document names it (a programme's related policies, a
 * citation's source): enough for a link. Without this, every programme read through the API
 * carried the plan's full text once per citation (7.7 MB for 10 programmes at depth 2).
 */
export const POLICY_LINK_FIELDS = {
  slug: true,
  title: true,
  docNumber: true,
  validity: true,
} as const

export const Policies: CollectionConfig = publicCollection({
  slug: 'policies',
  defaultPopulate: POLICY_LINK_FIELDS,
  labels: {
    singular: label('政策文件', 'Policy document'),
    plural: label('政策文件', 'Policy documents'),
  },
  admin: {
    group: label('政策与规划', 'Policy and planning'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'validity', '_status', 'updatedAt'],
  },
  fields: [
    localizedText('title', '标题', 'Title', { required: true }),
    { name: 'docNumber', type: 'text', label: label('文号', 'Document number') },
    localizedText('issuer', '发布机构', 'Issued by', { required: true }),
    partialDate('writtenDate', '成文日期', 'Date written'),
    partialDate('publishedDate', '发布日期', 'Date published'),
    { name: 'indexNo', type: 'text', label: label('索引号', 'Index number') },
    selectField('topic', 'topic', '主题', 'Topic', { required: true }),
    selectField('validity', 'validity', '效力', 'Validity', { required: true }),
    localizedTextarea('summary', '摘要', 'Summary', { required: true }),
    richTextField('body', '正文', 'Full text'),
    {
      name: 'sourceFile',
      type: 'text',
      admin: { readOnly: true },
      label: label('原文文件', 'Source text file'),
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('附件', 'Attachments'),
    },
    {
      name: 'relatedProgrammes',
      type: 'join',
      collection: 'programmes',
      on: 'relatedPolicies',
      label: label('相关项目', 'Related programmes'),
    },
    citationsArray(),
    withdrawalFields('policies'),
  ],
})
