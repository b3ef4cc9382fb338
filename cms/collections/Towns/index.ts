import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedText } from '../../fields/basic'
import { publicCollection } from '../publicCollection'

export const Towns: CollectionConfig = publicCollection({
  slug: 'towns',
  labels: { singular: label('镇街', 'Town'), plural: label('镇街', 'Towns') },
  admin: {
    group: label('基础数据', 'Reference data'),
    useAsTitle: 'name',
    defaultColumns: ['order', 'name', 'kind'],
  },
  defaultSort: 'order',
  fields: [
    localizedText('name', '名称', 'Name', { required: true }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('类型', 'Kind'),
      options: [
        { value: 'subdistrict', label: label('街道', 'Subdistrict') },
        { value: 'town', label: label('镇', 'Town') },
      ],
    },
    { name: 'pinyin', type: 'text', required: true, label: label('汉语拼音', 'Pinyin') },
    { name: 'order', type: 'number', required: true, label: label('排序', 'Order') },
  ],
})
