/** Copy for predicates/income.ts. */
import { n, t } from './copy'

type Line = { perCapita: number; line: number }

export const incomeCopy = {
  noIncome: t(
    '不清楚家庭月收入，无法与标准比较',
    '不清楚家庭月收入，無法與標準比較',
    'We do not know the household income, so it cannot be compared with the standard',
  ),
  noMembers: t(
    '不清楚家庭人数，无法计算人均收入',
    '不清楚家庭人數，無法計算人均收入',
    'We do not know how many people live in the household, so income per person cannot be worked out',
  ),
  belowDibao: (v: Line) =>
    t(
      `家庭人均月收入 ${n(v.perCapita)} 元，低于低保标准 ${n(v.line)} 元`,
      `家庭人均月收入 ${n(v.perCapita)} 元，低於低保標準 ${n(v.line)} 元`,
      `Income per person is ${n(v.perCapita)} yuan a month, below the Dibao standard of ${n(v.line)} yuan`,
    ),
  notBelowDibao: (v: Line) =>
    t(
      `家庭人均月收入 ${n(v.perCapita)} 元，不低于低保标准 ${n(v.line)} 元`,
      `家庭人均月收入 ${n(v.perCapita)} 元，不低於低保標準 ${n(v.line)} 元`,
      `Income per person is ${n(v.perCapita)} yuan a month, not below the Dibao standard of ${n(v.line)} yuan`,
    ),
  belowDibaoApplyDibao: (v: Line) =>
    t(
      `家庭人均月收入 ${n(v.perCapita)} 元，低于低保标准 ${n(v.line)} 元：应先申请低保`,
      `家庭人均月收入 ${n(v.perCapita)} 元，低於低保標準 ${n(v.line)} 元：應先申請低保`,
      `Income per person is ${n(v.perCapita)} yuan a month, below the Dibao standard of ${n(v.line)} yuan: apply for Dibao instead`,
    ),
  belowLowIncomeLine: (v: Line & { multiple: number }) =>
    t(
      `家庭人均月收入 ${n(v.perCapita)} 元，低于低收入认定线 ${n(v.line)} 元（低保标准的 ${n(v.multiple)} 倍）`,
      `家庭人均月收入 ${n(v.perCapita)} 元，低於低收入認定線 ${n(v.line)} 元（低保標準的 ${n(v.multiple)} 倍）`,
      `Income per person is ${n(v.perCapita)} yuan a month, below the low-income line of ${n(v.line)} yuan (${n(v.multiple)} × the Dibao standard)`,
    ),
  notBelowLowIncomeLine: (v: Line & { multiple: number }) =>
    t(
      `家庭人均月收入 ${n(v.perCapita)} 元，不低于低收入认定线 ${n(v.line)} 元（低保标准的 ${n(v.multiple)} 倍）`,
      `家庭人均月收入 ${n(v.perCapita)} 元，不低於低收入認定線 ${n(v.line)} 元（低保標準的 ${n(v.multiple)} 倍）`,
      `Income per person is ${n(v.perCapita)} yuan a month, not below the low-income line of ${n(v.line)} yuan (${n(v.multiple)} × the Dibao standard)`,
    ),
  aboveOutdatedStandard: (v: Line & { year: string }) =>
    t(
      `家庭人均月收入 ${n(v.perCapita)} 元，不低于 ${v.year} 年的标准 ${n(v.line)} 元；但标准每年调整，现行标准可能更高，请向镇（街道）窗口确认`,
      `家庭人均月收入 ${n(v.perCapita)} 元，不低於 ${v.year} 年的標準 ${n(v.line)} 元；但標準每年調整，現行標準可能更高，請向鎮（街道）窗口確認`,
      `Income per person is ${n(v.perCapita)} yuan a month, not below the ${v.year} standard of ${n(v.line)} yuan; but the standard is raised every year and today's may be higher, so ask your town or subdistrict office`,
    ),
  noMultiple: (date: string) =>
    t(
      `本工具无法判断：我们的记录中没有在 ${date} 有效的低收入（低保边缘）家庭认定倍数，请向镇（街道）咨询`,
      `本工具無法判斷：我們的記錄中沒有在 ${date} 有效的低收入（低保邊緣）家庭認定倍數，請向鎮（街道）諮詢`,
      `This tool cannot check this: our records hold no low-income threshold (multiple of the Dibao standard) in force on ${date}; ask your town or subdistrict office`,
    ),
  deductionMayApply: (multiple: number) =>
    t(
      `家中有高龄、残疾或重病成员：开平对这类家庭申请低保可抵扣部分收入，具体抵扣额本工具无法计算。抵扣的是部分收入，本工具假定每人抵扣不超过一个低保标准，所以人均收入达到低保标准 ${n(multiple)} 倍及以上时判断为不太可能`,
      `家中有高齡、殘疾或重病成員：開平對這類家庭申請低保可抵扣部分收入，具體抵扣額本工具無法計算。抵扣的是部分收入，本工具假定每人抵扣不超過一個低保標準，所以人均收入達到低保標準 ${n(multiple)} 倍及以上時判斷為不太可能`,
      `A member is very old, disabled or seriously ill: Kaiping lets such households deduct some income when applying for Dibao, and this tool cannot work out the deduction. As only part of the income is deducted, this tool assumes no more than one Dibao standard per person, so income per person at ${n(multiple)} times the standard or more counts as unlikely`,
    ),
  deductionWithinBound: (v: Line & { multiple: number }) =>
    t(
      `家中有高龄、残疾或重病成员，开平对这类家庭申请低保可抵扣部分收入；家庭人均月收入 ${n(v.perCapita)} 元，低于低保标准 ${n(v.line)} 元的 ${n(v.multiple)} 倍，抵扣后可能符合，具体抵扣额由窗口核算`,
      `家中有高齡、殘疾或重病成員，開平對這類家庭申請低保可抵扣部分收入；家庭人均月收入 ${n(v.perCapita)} 元，低於低保標準 ${n(v.line)} 元的 ${n(v.multiple)} 倍，抵扣後可能符合，具體抵扣額由窗口核算`,
      `A member is very old, disabled or seriously ill, and Kaiping lets such households deduct some income when applying for Dibao. Income per person is ${n(v.perCapita)} yuan a month, below ${n(v.multiple)} times the Dibao standard of ${n(v.line)} yuan, so after the deduction it may qualify; the office works out the deduction`,
    ),
  deductionBeyondBound: (v: Line & { multiple: number }) =>
    t(
      `家中有高龄、残疾或重病成员，可抵扣部分收入；但家庭人均月收入 ${n(v.perCapita)} 元，达到低保标准 ${n(v.line)} 元的 ${n(v.multiple)} 倍及以上。抵扣的只是部分收入，本工具假定每人抵扣不超过一个低保标准，所以判断为不太可能；如有特殊情况，请向镇（街道）窗口咨询`,
      `家中有高齡、殘疾或重病成員，可抵扣部分收入；但家庭人均月收入 ${n(v.perCapita)} 元，達到低保標準 ${n(v.line)} 元的 ${n(v.multiple)} 倍及以上。抵扣的只是部分收入，本工具假定每人抵扣不超過一個低保標準，所以判斷為不太可能；如有特殊情況，請向鎮（街道）窗口查詢`,
      `A member is very old, disabled or seriously ill, so some income may be deducted; but income per person is ${n(v.perCapita)} yuan a month, ${n(v.multiple)} or more times the Dibao standard of ${n(v.line)} yuan. Only part of the income is deducted, and this tool assumes no more than one Dibao standard per person, so it counts as unlikely; if your situation is special, ask your town or subdistrict office`,
    ),
  noDeductionGroup: t(
    '家中没有高龄、残疾或重病成员，不适用收入抵扣',
    '家中沒有高齡、殘疾或重病成員，不適用收入抵扣',
    'No member is very old, disabled or seriously ill, so no income deduction applies',
  ),
  deductionUnknown: t(
    '不清楚家中是否有高龄、残疾或重病成员（这类家庭可抵扣部分收入）',
    '不清楚家中是否有高齡、殘疾或重病成員（這類家庭可抵扣部分收入）',
    'We do not know whether a member is very old, disabled or seriously ill (such households may deduct some income)',
  ),
  assetsOk: t(
    '你表示家庭财产在当地规定范围内（本工具不核查财产，审核时会核对）',
    '你表示家庭財產在當地規定範圍內（本工具不核查財產，審核時會核對）',
    'You say your assets are within the local limits (this tool does not check assets; the office will)',
  ),
  assetsOver: t(
    '你表示家庭财产超出当地规定范围',
    '你表示家庭財產超出當地規定範圍',
    'You say your assets are above the local limits',
  ),
  assetsUnknown: t(
    '本工具无法核查财产限额（当地财产标准未在我们的记录中公布）：请说明家庭财产是否在规定范围内',
    '本工具無法核查財產限額（當地財產標準未在我們的記錄中公佈）：請説明家庭財產是否在規定範圍內',
    'This tool cannot check the asset limits (they are not published in our records): please say whether your assets are within the local limits',
  ),
}
