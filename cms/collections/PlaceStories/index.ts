import { richTextField } from '../../fields/richText'
import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { publicCollection } from '../publicCollection'
import { selectField } from '../../fields/options'

export const PlaceStories: CollectionConfig = publicCollection({
  slug: 'place-stories',
  labels: {
    singular: label('地名故事', 'Place-name story'),
    plural: label('地名故事', 'Place-name stories'),
  },
  admin: {
    group: label('慈善与地名', 'Charity and place names'),
    useAsTitle: 'standardName',
    defaultColumns: ['standardName', 'town', 'certainty', '_status'],
  },
  fields: [
    {
      name: 'standardName',
      type: 'text',
      required: true,
      label: label('标准地名', 'Standard name'),
    },
    { name: 'pinyin', type: 'text', required: true, label: label('汉语拼音', 'Pinyin') },
    { name: 'jyutping', type: 'text', required: true, label: label('粤拼', 'Jyutping') },
    { name: 'english', type: 'text', required: true, label: label('英文名', 'English name') },
    {
      name: 'town',
      type: 'relationship',
      relationTo: 'towns',
      required: true,
      label: label('所在镇街', 'Town'),
    },
    selectField('certainty', 'certainty', '由来可信程度', 'How certain the origin is', {
      required: true,
    }),
    richTextField('story', '地名由来', 'Story'),
    {
      name: 'sources',
      type: 'array',
      label: label('资料来源', 'Sources'),
      fields: [{ name: 'text', type: 'text', required: true, label: label('来源', 'Source') }],
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('图片', 'Images'),
    },
  ],
})
