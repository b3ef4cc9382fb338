/**
 * Events in the household's life: emergencies (临时救助, 社会救助暂行办法 第四十七条),
 * deaths (殡葬), being stranded (流浪乞讨人员救助, 国务院令第381号).
 */
import { met, unknown, unmet, type Condition } from '../conditions'
import { circumstancesCopy as m } from '../messages/circumstances'

/** 遭遇火灾、交通事故等意外事件或家庭成员突发重大疾病 (emergency = disaster | accident | illness-expense). */
export const hasEmergency = (): Condition => ({
  id: 'hasEmergency',
  test: ({ household: { emergency } }) => {
    if (emergency === undefined) return unknown(m.emergencyUnknown)
    if (emergency === null) return unmet(m.noEmergency)
    return emergency === 'other' ? unknown(m.otherEmergency) : met(m.emergency)
  },
})

/**
 * 支出型贫困 (因病): never "met" here — the office assesses spending against income. Unknown when
 * a member is seriously ill or the emergency is an illness expense; unmet when neither.
 */
export const hasMedicalExpenseHardship = (): Condition => ({
  id: 'hasMedicalExpenseHardship',
  test: ({ household: { emergency, members } }) => {
    const ill = (members ?? []).some((p) => p.seriousIllness === true)
    if (ill || emergency === 'illness-expense') return unknown(m.medicalHardship)
    const illnessKnown =
      !!members && members.length > 0 && members.every((p) => p.seriousIllness === false)
    return illnessKnown && emergency !== undefined
      ? unmet(m.noMedicalHardship)
      : unknown(m.medicalUnknown)
  },
})

export const isBereaved = (): Condition => ({
  id: 'isBereaved',
  test: ({ household: { bereavement } }) => {
    if (bereavement === undefined) return unknown(m.bereavementUnknown)
    return bereavement ? met(m.bereaved) : unmet(m.notBereaved)
  },
})

export const isStranded = (): Condition => ({
  id: 'isStranded',
  test: ({ household: { stranded } }) => {
    if (stranded === undefined) return unknown(m.strandedUnknown)
    return stranded ? met(m.stranded) : unmet(m.notStranded)
  },
})

/** 选择节地生态安葬 — a choice still to be made, so the tool reports it unknown. */
export const choosesEcoBurial = (): Condition => ({
  id: 'choosesEcoBurial',
  test: () => unknown(m.ecoBurial),
})
