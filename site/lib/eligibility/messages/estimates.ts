/** Copy explaining estimates (or why there is none). */
import type { Copy } from '../types'
import { n, t } from './copy'

export const estimateCopy = {
  noParam: (ref: string, date: string) =>
    t(
      `没有估算：${ref} 在 ${date} 没有有效的数值`,
      `沒有估算：${ref} 在 ${date} 沒有有效的數值`,
      `No estimate: ${ref} has no value in force on ${date}`,
    ),
  needIncome: t(
    '没有估算：需要知道家庭人数和家庭月收入',
    '沒有估算：需要知道家庭人數和家庭月收入',
    'No estimate: we need the number of people and the household’s monthly income',
  ),
  needMembers: t(
    '没有估算：需要知道家庭成员情况',
    '沒有估算：需要知道家庭成員情況',
    'No estimate: we need to know who is in the household',
  ),
  dibao: (v: { standard: number; size: number; income: number; result: number }) =>
    t(
      `低保补差 = 低保标准 ${n(v.standard)} 元 × ${v.size} 人 − 家庭月收入 ${n(v.income)} 元 = ${n(v.result)} 元/月（不低于 0）`,
      `低保補差 = 低保標準 ${n(v.standard)} 元 × ${v.size} 人 − 家庭月收入 ${n(v.income)} 元 = ${n(v.result)} 元/月（不低於 0）`,
      `Dibao top-up = standard ${n(v.standard)} yuan × ${v.size} people − household income ${n(v.income)} yuan = ${n(v.result)} yuan a month (never below 0)`,
    ),
  tekun: (v: { basic: number; people: number; care: number; result: number }) =>
    t(
      `特困供养 = 基本生活标准 ${n(v.basic)} 元/月 × ${v.people} 人 + 已知的照料护理费 ${n(v.care)} 元 = ${n(v.result)} 元/月`,
      `特困供養 = 基本生活標準 ${n(v.basic)} 元/月 × ${v.people} 人 + 已知的照料護理費 ${n(v.care)} 元 = ${n(v.result)} 元/月`,
      `Extreme-poverty support = basic living ${n(v.basic)} yuan a month × ${v.people} + known care allowance ${n(v.care)} yuan = ${n(v.result)} yuan a month`,
    ),
  careTiers: (tiers: Copy[]) =>
    t(
      `照料护理费按评估的护理等级另计（${tiers.map((x) => x['zh-CN']).join('、')}），本估算未包含未评估成员的护理费`,
      `照料護理費按評估的護理等級另計（${tiers.map((x) => x['zh-Hant']).join('、')}），本估算未包含未評估成員的護理費`,
      `The care allowance depends on the assessed care level (${tiers.map((x) => x.en).join(', ')}); it is not included for members not yet assessed`,
    ),
  careTier: (level: 'full-self' | 'semi' | 'full', amount: number) =>
    t(
      `${{ 'full-self': '全自理', semi: '半自理', full: '全护理' }[level]} ${n(amount)} 元`,
      `${{ 'full-self': '全自理', semi: '半自理', full: '全護理' }[level]} ${n(amount)} 元`,
      `${{ 'full-self': 'fully self-caring', semi: 'partly dependent', full: 'fully dependent' }[level]} ${n(amount)} yuan`,
    ),
  noCareStandard: (date: string) =>
    t(
      `照料护理费在 ${date} 没有有效标准，未计入`,
      `照料護理費在 ${date} 沒有有效標準，未計入`,
      `The care allowance had no standard in force on ${date} and is not included`,
    ),
  perMember: (v: { amount: number; people: number; result: number }) =>
    t(
      `${n(v.amount)} 元/月 × ${v.people} 人 = ${n(v.result)} 元/月`,
      `${n(v.amount)} 元/月 × ${v.people} 人 = ${n(v.result)} 元/月`,
      `${n(v.amount)} yuan a month × ${v.people} = ${n(v.result)} yuan a month`,
    ),
  noAmountPublished: (ref: string) =>
    t(
      `没有估算：我们的记录中没有公布这一项目的金额（${ref}）`,
      `沒有估算：我們的記錄中沒有公佈這一項目的金額（${ref}）`,
      `No estimate: our records do not publish an amount for this programme (${ref})`,
    ),
  perCase: (v: { amount: number }) =>
    t(
      `一次性补贴 ${n(v.amount)} 元`,
      `一次性補貼 ${n(v.amount)} 元`,
      `A one-off subsidy of ${n(v.amount)} yuan`,
    ),
}
