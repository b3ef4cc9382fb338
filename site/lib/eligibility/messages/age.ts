/** Copy for predicates/age.ts. */
import { n, t } from './copy'

export const ageCopy = {
  aged: (v: { min: number; oldest: number }) =>
    t(
      `家中有年满 ${n(v.min)} 周岁的成员（${n(v.oldest)} 岁）`,
      `家中有年滿 ${n(v.min)} 周歲的成員（${n(v.oldest)} 歲）`,
      `A member is aged ${n(v.min)} or over (${n(v.oldest)})`,
    ),
  notAged: (v: { min: number; oldest: number }) =>
    t(
      `家中最年长的成员 ${n(v.oldest)} 岁，未满 ${n(v.min)} 周岁`,
      `家中最年長的成員 ${n(v.oldest)} 歲，未滿 ${n(v.min)} 周歲`,
      `The oldest member is ${n(v.oldest)}, under ${n(v.min)}`,
    ),
  ageUnknown: t('不清楚家中成员的年龄', '不清楚家中成員的年齡', 'We do not know the members’ ages'),
  child: (v: { adult: number }) =>
    t(
      `家中有未满 ${v.adult} 周岁的儿童`,
      `家中有未滿 ${v.adult} 周歲的兒童`,
      `A member is a child under ${v.adult}`,
    ),
  noChild: (v: { adult: number }) =>
    t(
      `家中没有未满 ${v.adult} 周岁的儿童`,
      `家中沒有未滿 ${v.adult} 周歲的兒童`,
      `No member is under ${v.adult}`,
    ),
  studentAdult: (v: { adult: number }) =>
    t(
      `有成员已满 ${v.adult} 周岁但仍在校就读：部分儿童保障可延续至毕业，请向民政部门咨询`,
      `有成員已滿 ${v.adult} 周歲但仍在校就讀：部分兒童保障可延續至畢業，請向民政部門諮詢`,
      `A member is ${v.adult} or over but still in school: some child support can continue until they finish; ask the civil-affairs office`,
    ),
}
