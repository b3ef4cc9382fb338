/**
 * Withdrawn, not removed (content/schema/records.ts `withdrawal`): the record stays published at
 * its URL with a notice — what happened (已废止 / 已修订 / 已停止), when, why, and what replaced
 * it — and the site leaves it out of lists and search. Flat fields in a collapsible, so each
 * locale's reason is saved without touching the others.
 */
import type { Field } from 'payload'
import { localizedTextarea, partialDate } from './basic'
import { label } from './label'
import { optionsFrom } from './options'

type Sibling = { withdrawal?: string | null }

const neededWhenWithdrawn =
  (zh: string, en: string) =>
  (
    value: unknown,
    { siblingData, req }: { siblingData: Sibling; req: { locale?: string | null } },
  ) =>
    !siblingData?.withdrawal ||
    (req.locale && req.locale !== 'zh-CN') ||
    Boolean(value) ||
    `${zh} / ${en}`

export const withdrawalFields = (relationTo: 'policies' | 'programmes'): Field => {
  const date = partialDate('withdrawnOn', '撤回日期', 'Withdrawn on')
  const dateFormat = date.validate as (v: unknown, o: unknown) => true | string
  const reason = localizedTextarea('withdrawalReason', '撤回原因', 'Reason')
  return {
    type: 'collapsible',
    label: label('撤回（废止、修订、停止）', 'Withdrawal (repealed, amended, discontinued)'),
    admin: {
      initCollapsed: true,
      description: label(
        '已不再适用但应保留原网址时填写：页面保留并显示撤回说明，但不再出现在列表和搜索中。要让内容从网站消失，请删除或取消发布。',
        'For a record that no longer applies but keeps its URL: the page stays with a notice and leaves lists and search. To make it disappear, delete or unpublish it.',
      ),
    },
    fields: [
      {
        name: 'withdrawal',
        type: 'select',
        label: label('撤回类型', 'Withdrawn as'),
        options: optionsFrom('withdrawalKind'),
      },
      {
        ...date,
        validate: (
          value: unknown,
          opts: { siblingData: Sibling; req: { locale?: string | null } },
        ) => {
          const needed = neededWhenWithdrawn('撤回时须填写日期', 'A withdrawal needs a date')(
            value,
            opts,
          )
          return needed === true ? dateFormat(value, opts) : needed
        },
      },
      {
        ...reason,
        validate: neededWhenWithdrawn(
          '撤回时须填写原因（简体中文）',
          'A withdrawal needs a reason',
        ),
      } as Field,
      {
        name: 'replacedBy',
        type: 'relationship',
        relationTo,
        label: label('取代它的记录', 'Replaced by'),
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      },
    ],
  }
}
