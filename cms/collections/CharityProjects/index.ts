import { richTextField } from '../../fields/richText'
import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedText, localizedTextarea } from '../../fields/basic'
import { citationsArray } from '../../fields/citation'
import { publicCollection } from '../publicCollection'

export const CharityProjects: CollectionConfig = publicCollection({
  slug: 'charity-projects',
  labels: {
    singular: label('慈善品牌项目', 'Charity project'),
    plural: label('慈善品牌项目', 'Charity projects'),
  },
  admin: { group: label('慈善与地名', 'Charity and place names'), useAsTitle: 'name' },
  fields: [
    localizedText('name', '名称', 'Name', { required: true }),
    localizedTextarea('summary', '简介', 'Summary', { required: true }),
    richTextField('body', '详细介绍', 'Full description'),
    richTextField('howToHelp', '如何参与', 'How to help'),
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('图片', 'Images'),
    },
    citationsArray(1),
  ],
})
