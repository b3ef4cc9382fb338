/** Copy for predicates/support.ts. */
import { t } from './copy'

export const supportCopy = {
  noSupporter: t(
    '没有有履行能力的法定赡养、抚养、扶养义务人',
    '沒有有履行能力的法定贍養、撫養、扶養義務人',
    'There is no legally obliged family member (child, parent, spouse…) able to support the household',
  ),
  hasSupporter: t(
    '有能够履行义务的法定赡养、抚养、扶养义务人',
    '有能夠履行義務的法定贍養、撫養、扶養義務人',
    'There is a legally obliged family member able to support the household',
  ),
  supporterUnknown: t(
    '不清楚是否有能够履行义务的法定赡养、抚养、扶养义务人（如子女、配偶、父母）',
    '不清楚是否有能夠履行義務的法定贍養、撫養、扶養義務人（如子女、配偶、父母）',
    'We do not know whether a legally obliged family member (such as a child, spouse or parent) is able to support the household',
  ),
  unableToWork: t(
    '家中有属于“无劳动能力”的成员：60周岁以上老人、未满16周岁的未成年人，或符合等级的残疾人',
    '家中有屬於“無勞動能力”的成員：60周歲以上老人、未滿16周歲的未成年人，或符合等級的殘疾人',
    'A member counts as unable to work: aged 60 or over, under 16, or disabled at a qualifying grade',
  ),
  ableToWork: t(
    '家中成员都不属于“无劳动能力”的情形（60周岁以上、未满16周岁或符合等级的残疾人）',
    '家中成員都不屬於“無勞動能力”的情形（60周歲以上、未滿16周歲或符合等級的殘疾人）',
    'No member counts as unable to work (aged 60 or over, under 16, or disabled at a qualifying grade)',
  ),
  otherSituation: t(
    '有成员不能劳动，但不属于法定的老年、未成年或残疾等级情形：是否认定为无劳动能力由审核部门按省规定判断',
    '有成員不能勞動，但不屬於法定的老年、未成年或殘疾等級情形：是否認定為無勞動能力由審核部門按省規定判斷',
    'A member cannot work but is not in the legal age or disability categories: whether this counts is decided by the office under provincial rules',
  ),
  workUnknown: t(
    '不清楚家中成员的年龄、残疾情况或劳动能力',
    '不清楚家中成員的年齡、殘疾情況或勞動能力',
    'We do not know the members’ ages, disabilities or ability to work',
  ),
}
