import type { CollectionConfig } from 'payload'
import { label } from '../../fields/label'
import { localizedList, localizedText, localizedTextarea, partialDate } from '../../fields/basic'
import { citationGroup, citationsArray } from '../../fields/citation'
import { publicCollection } from '../publicCollection'
import { selectField } from '../../fields/options'
import { registerEndpoints } from '../../facility-register/endpoints'

export const Facilities: CollectionConfig = publicCollection({
  slug: 'facilities',
  labels: {
    singular: label('养老服务机构与设施', 'Elder-care facility'),
    plural: label('养老服务机构与设施', 'Elder-care facilities'),
  },
  admin: {
    group: label('服务', 'Services'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'town', '_status'],
    components: { beforeListTable: ['/facility-register/RegisterImport#RegisterImport'] },
  },
  endpoints: registerEndpoints,
  fields: [
    localizedText('name', '名称', 'Name', { required: true }),
    selectField('kind', 'kind', '类型', 'Kind', { required: true }),
    selectField('ownership', 'ownership', '性质', 'Ownership'),
    { name: 'town', type: 'relationship', relationTo: 'towns', label: label('所在镇街', 'Town') },
    { name: 'address', type: 'text', localized: true, label: label('地址', 'Address') },
    { name: 'phone', type: 'text', label: label('电话', 'Phone') },
    {
      name: 'starRating',
      type: 'group',
      label: label('省星级', 'Provincial star rating'),
      fields: [
        { name: 'stars', type: 'number', min: 1, max: 5, label: label('星级', 'Stars') },
        partialDate('year', '评定年份', 'Year rated'),
        { ...citationGroup('citation', false) },
      ],
    },
    { name: 'beds', type: 'number', min: 0, label: label('床位数', 'Beds') },
    { name: 'nursingBeds', type: 'number', min: 0, label: label('护理型床位', 'Nursing beds') },
    {
      name: 'medicalIntegration',
      type: 'group',
      label: label('医养结合', 'Integrated medical care'),
      fields: [
        {
          name: 'enabled',
          type: 'checkbox',
          label: label('有医养结合', 'Has integrated medical care'),
        },
        {
          name: 'partner',
          type: 'text',
          label: label('合作医疗机构', 'Partner clinic or hospital'),
        },
      ],
    },
    localizedList('services', '服务项目', 'Services'),
    localizedTextarea('fees', '收费', 'Fees'),
    {
      name: 'monthlyFee',
      type: 'group',
      label: label('月收费范围（元）', 'Monthly fee range (yuan)'),
      fields: [
        { name: 'min', type: 'number', min: 0, label: label('最低', 'From') },
        { name: 'max', type: 'number', min: 0, label: label('最高', 'To') },
      ],
    },
    {
      name: 'vacancies',
      type: 'group',
      label: label('空余床位', 'Vacancies'),
      fields: [
        { name: 'count', type: 'number', min: 0, label: label('空床数', 'Free beds') },
        partialDate('asOf', '数据截至', 'As of'),
      ],
    },
    localizedTextarea('summary', '简介', 'Summary', { required: true }),
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('照片', 'Photos'),
    },
    citationsArray(1),
  ],
})
