/**
 * Select options with the same Chinese/English labels the public site uses (site/i18n), so an
 * editor sees "基本生活救助 / Basic living assistance", not "basic-living".
 */
import en from '../../site/i18n/en.json'
import zh from '../../site/i18n/zh-CN.json'
import { label } from './label'

type Key = keyof typeof zh

export function optionsFrom(prefix: string, values: readonly string[]) {
  return values.map((value) => {
    const key = `${prefix}.${value}` as Key
    return { value, label: zh[key] && en[key] ? label(zh[key], en[key]) : value }
  })
}

const TOPICS: Record<string, [string, string]> = {
  'social-assistance': ['社会救助', 'Social assistance'],
  elderly: ['养老服务', 'Elder care'],
  children: ['儿童福利', 'Child welfare'],
  charity: ['慈善', 'Charity'],
  'social-work': ['社会工作', 'Social work'],
  community: ['社区治理', 'Community governance'],
  funeral: ['殡葬', 'Funerals'],
  marriage: ['婚姻登记', 'Marriage'],
  'place-names': ['区划地名', 'Place names'],
  planning: ['规划', 'Planning'],
}

export const topicOptions = (values: readonly string[]) =>
  values.map((value) => ({ value, label: TOPICS[value] ? label(...TOPICS[value]) : value }))
