import type { Field, GroupField } from 'payload'
import { label } from './label'

/**
 * Where a figure comes from: the policy document (picked from the policies, not typed — the
 * five-year plan is one of them), the chapter/section, and a verbatim quote. content/ keeps the
 * policy's slug; the seed turns it into the relationship and the export back into the slug.
 */
export const citationGroup = (name = 'citation', required = true): GroupField => ({
  name,
  type: 'group',
  label: label('出处', 'Source'),
  fields: [
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'policies',
      required,
      label: label('出处文件', 'Source document'),
      admin: {
        description: label('从政策文件中选择', 'Pick one of the policy documents'),
      },
    },
    { name: 'location', type: 'text', required, label: label('章节', 'Chapter / section') },
    { name: 'quote', type: 'textarea', label: label('原文摘录', 'Verbatim quote') },
  ],
})

export const citationsArray = (minRows = 0): Field => ({
  name: 'citations',
  type: 'array',
  minRows,
  label: label('出处', 'Sources'),
  fields: citationGroup('citation').fields,
})
