import type { Field, GroupField, TextFieldSingleValidation } from 'payload'
import { label } from './label'

/**
 * Where a figure comes from: the slug of a policy record (the five-year plan is one), the
 * chapter/section, and a verbatim quote.
 */
export const citationGroup = (name = 'citation', required = true): GroupField => ({
  name,
  type: 'group',
  label: label('出处', 'Source'),
  fields: [
    {
      name: 'source',
      type: 'text',
      required,
      label: label('出处文件（政策文件 slug）', 'Source document (policy slug)'),
      validate: (async (value, { req, data }) => {
        if (!value) return required ? '必填 / Required' : true
        // a policy may cite itself (the plan cites its own chapters)
        if ((data as { slug?: string } | undefined)?.slug === value) return true
        const found = await req.payload.find({
          collection: 'policies',
          where: { slug: { equals: value } },
          limit: 1,
          depth: 0,
          req,
          draft: true,
        })
        return (
          found.totalDocs > 0 ||
          `没有 slug 为 "${value}" 的政策文件 / No policy with slug "${value}"`
        )
      }) as TextFieldSingleValidation,
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
