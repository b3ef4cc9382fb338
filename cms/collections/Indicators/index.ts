import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedText, localizedTextarea } from '../../fields/basic'
import { citationGroup } from '../../fields/citation'
import { publicCollection } from '../publicCollection'
import { selectField } from '../../fields/options'

const cell = (name: string, zh: string, en: string) =>
  ({ name, type: 'text', localized: true, label: label(zh, en) }) as const

export const Indicators: CollectionConfig = publicCollection({
  slug: 'indicators',
  labels: {
    singular: label('规划指标', 'Plan indicator'),
    plural: label('规划指标', 'Plan indicators'),
  },
  admin: {
    group: label('政策与规划', 'Policy and planning'),
    useAsTitle: 'name',
    defaultColumns: ['order', 'name', 'attribute', '_status'],
  },
  defaultSort: 'order',
  fields: [
    { name: 'order', type: 'number', required: true, label: label('排序', 'Order') },
    {
      name: 'row',
      type: 'text',
      required: true,
      label: label('表中序号', 'Row in the plan table'),
    },
    localizedText('category', '类别', 'Category', { required: true }),
    localizedText('name', '指标名称', 'Indicator', { required: true }),
    { name: 'unit', type: 'text', label: label('单位', 'Unit') },
    cell('actual2020', '2020年实际值', '2020 actual'),
    cell('target2023', '2023年目标值', '2023 target'),
    cell('target2025', '2025年目标值', '2025 target'),
    cell('jiangmen2025', '2025年江门市目标值', 'Jiangmen 2025 target'),
    cell('province2025', '2025年省目标值', 'Guangdong 2025 target'),
    selectField('attribute', 'attribute', '指标属性', 'Type'),
    localizedTextarea('note', '说明', 'Note'),
    citationGroup('citation'),
  ],
})
