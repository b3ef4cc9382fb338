/**
 * Where the household belongs. Most assistance is applied for at the 乡镇（街道）of the 户籍
 * (《最低生活保障审核确认办法》 and 《特困人员认定办法》 both say 向户籍所在地…提出).
 */
import { met, unknown, unmet, type Condition } from '../conditions'
import { residenceCopy as m } from '../messages/residence'

/** 户籍在开平. Kaiping residents without hukou and everyone else: unmet. */
export const hasKaipingHukou = (): Condition => ({
  id: 'hasKaipingHukou',
  test: ({ household: { residence } }) => {
    if (residence === undefined) return unknown(m.unknownResidence)
    if (residence === 'kaiping-hukou') return met(m.hukou)
    return unmet(residence === 'kaiping-resident' ? m.residentNoHukou : m.other)
  },
})

/**
 * 户籍在开平; a resident without hukou is unknown, because 低保 and related help may be applied
 * for with a 居住证 where the local government allows it (《最低生活保障审核确认办法》), and the
 * Kaiping plan intends to accept applications at the place of residence.
 */
export const hasKaipingHukouOrPermit = (): Condition => ({
  id: 'hasKaipingHukouOrPermit',
  test: ({ household: { residence } }) => {
    if (residence === undefined) return unknown(m.unknownResidence)
    if (residence === 'kaiping-hukou') return met(m.hukou)
    if (residence === 'kaiping-resident') return unknown(m.residentMaybe)
    return unmet(m.other)
  },
})

/** 户籍在开平 or 居住在开平. */
export const isKaipingResident = (): Condition => ({
  id: 'isKaipingResident',
  test: ({ household: { residence } }) => {
    if (residence === undefined) return unknown(m.unknownResidence)
    if (residence === 'kaiping-hukou') return met(m.hukou)
    if (residence === 'kaiping-resident') return met(m.resident)
    return unmet(m.other)
  },
})

/**
 * 急难型临时救助 may be applied for where the emergency happened (国发〔2014〕47号). The tool
 * does not ask where, so this is unknown unless the household is known not to be in crisis.
 */
export const emergencyHappenedInKaiping = (): Condition => ({
  id: 'emergencyHappenedInKaiping',
  test: () => unknown(m.emergencyHere),
})
