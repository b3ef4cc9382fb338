/**
 * Definitions fixed by national law or regulation, not by Kaiping's dated standards. They are
 * category boundaries (who counts as elderly, a minor, severely disabled), not amounts, and so
 * live here as data with their legal basis rather than in the CMS `amounts`. If Kaiping ever
 * publishes a different value, it belongs in a programme record and the rule should read it.
 */

/** 老年人: 六十周岁以上 — 《中华人民共和国老年人权益保障法》第二条; 《特困人员认定办法》(民发〔2021〕43号) 第六条(一). */
export const ELDERLY_AGE = 60

/** 特困 无劳动能力: 未满16周岁的未成年人 — 《特困人员认定办法》第六条(二). */
export const TEKUN_MINOR_AGE_BELOW = 16

/** 未成年人: 未满十八周岁 — 《中华人民共和国未成年人保护法》第二条; 孤儿 per 国办发〔2010〕54号. */
export const ADULT_AGE = 18

/**
 * 特困 无劳动能力 by disability — 《特困人员认定办法》第六条(三): 残疾等级为一、二、三级的
 * 智力、精神残疾人，残疾等级为一、二级的肢体残疾人，残疾等级为一级的视力残疾人.
 * Value = the highest (least severe) grade that still counts. Kinds not listed are left to
 * "省、自治区、直辖市人民政府规定的其他情形" and are reported unknown.
 */
export const TEKUN_DISABILITY_MAX_GRADE: Partial<Record<string, number>> = {
  intellectual: 3,
  mental: 3,
  physical: 2,
  visual: 1,
}

/**
 * 重度残疾人护理补贴: 残疾等级被评定为一级、二级 — 《国务院关于全面建立困难残疾人生活补贴和
 * 重度残疾人护理补贴制度的意见》(国发〔2015〕52号). That document lets places extend the
 * subsidy to 非重度智力、精神残疾人; we could not confirm from a held source whether Kaiping
 * (Guangdong) extends it to 三、四级智力/精神残疾人, so those grades are reported unknown.
 * (The Kaiping plan mentions 三、四级智力/精神残疾人 only for 单独纳入低保.)
 */
export const SEVERE_DISABILITY_MAX_GRADE = 2
export const CARE_SUBSIDY_POSSIBLE_KINDS: readonly string[] = ['intellectual', 'mental']
