import {
  BlockquoteFeature,
  BoldFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnderlineFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import { ValidationError, validations, type PayloadRequest, type RichTextField } from 'payload'
import { LINKABLE, richTextProblem } from '../richText/allowlist'
import { label } from './label'

/**
 * The editor offers exactly what the public site renders (cms/richText/allowlist.ts): no
 * uploads or relationship blocks inside text (media reach the site through their own fields),
 * no checklists, alignment or indentation, headings below the page's own h1.
 */
export const siteEditor = lexicalEditor({
  features: [
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    StrikethroughFeature(),
    SubscriptFeature(),
    SuperscriptFeature(),
    InlineCodeFeature(),
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({ enabledCollections: LINKABLE as never }),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    InlineToolbarFeature(),
  ],
})

const message = (problem: string, req?: Partial<PayloadRequest>) =>
  req?.i18n?.language === 'en'
    ? `The text contains something the public site does not allow (${problem}). Remove it and save again.`
    : `正文含有网站不允许的内容（${problem}），请删除后再保存。`

/**
 * A localized rich-text field that refuses anything outside the allowlist: in `validate` (the
 * admin shows it on the field) and in a beforeChange hook, because Payload skips validation
 * for draft saves and a hostile draft must not be stored either (previews render drafts).
 */
export const richTextField = (name: string, zh: string, en: string): RichTextField => ({
  name,
  type: 'richText',
  localized: true,
  label: label(zh, en),
  validate: (value, options) => {
    const problem = richTextProblem(value)
    return problem ? message(problem, options.req) : validations.richText(value, options)
  },
  hooks: {
    beforeChange: [
      ({ value, req, collection, path }) => {
        const problem = richTextProblem(value)
        if (problem)
          throw new ValidationError(
            {
              collection: collection?.slug,
              errors: [{ message: message(problem, req), path: path.join('.') }],
            },
            req.t,
          )
        return value
      },
    ],
  },
})
