import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedText } from '../../fields/basic'
import { publicCollection } from '../publicCollection'
import { selectField } from '../../fields/options'

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
    selectField('kind', 'townKind', '类型', 'Kind', { required: true }),
    { name: 'pinyin', type: 'text', required: true, label: label('汉语拼音', 'Pinyin') },
    { name: 'order', type: 'number', required: true, label: label('排序', 'Order') },
  ],
})
