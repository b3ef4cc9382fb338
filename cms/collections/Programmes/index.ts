import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedList, localizedText, localizedTextarea, partialDate } from '../../fields/basic'
import { citationGroup, citationsArray } from '../../fields/citation'
import { publicCollection } from '../publicCollection'
import { selectField } from '../../fields/options'
import { withdrawalFields } from '../../fields/withdrawal'

export const Programmes: CollectionConfig = publicCollection({
  slug: 'programmes',
  labels: {
    singular: label('救助与服务项目', 'Programme'),
    plural: label('救助与服务项目', 'Programmes'),
  },
  admin: {
    group: label('服务', 'Services'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', '_status', 'updatedAt'],
  },
  fields: [
    localizedText('name', '名称', 'Name', { required: true }),
    selectField('category', 'category', '类别', 'Category', { required: true }),
    localizedTextarea('summary', '简介', 'Summary', { required: true }),
    localizedTextarea('whoCanApply', '申请条件', 'Who can apply', { required: true }),
    {
      name: 'amounts',
      type: 'array',
      label: label('标准与金额（按生效日期）', 'Amounts (dated parameters)'),
      admin: {
        description: label(
          '每个值都有生效日期和出处。调整标准时新增一行并填写新的生效日期，不要覆盖旧值。',
          'Each value has an effective date and a source. To change a standard, add a row with the new date; keep the old one.',
        ),
      },
      fields: [
        { name: 'key', type: 'text', required: true, label: label('参数名', 'Parameter key') },
        localizedText('label', '说明', 'Label', { required: true }),
        { name: 'value', type: 'number', required: true, label: label('数值', 'Value') },
        selectField('unit', 'unit', '单位', 'Unit', { required: true }),
        partialDate('from', '生效日期', 'In force from', { required: true }),
        partialDate('to', '失效日期', 'In force until'),
        citationGroup('citation'),
      ],
    },
    localizedList('documents', '需要携带的材料', 'Documents to bring'),
    localizedTextarea('where', '办理地点', 'Where to apply'),
    localizedTextarea('online', '网上办理', 'Apply online'),
    localizedList('steps', '办理步骤', 'Steps'),
    {
      name: 'relatedPolicies',
      type: 'relationship',
      relationTo: 'policies',
      hasMany: true,
      label: label('相关政策', 'Related policies'),
    },
    citationsArray(1),
    withdrawalFields('programmes'),
  ],
})
