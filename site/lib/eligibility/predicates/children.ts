/**
 * Children without parental care. 孤儿: 失去父母、查找不到生父母的未满18周岁的未成年人
 * (国办发〔2010〕54号). 事实无人抚养儿童: 父母双方均重残、重病、服刑在押、强制隔离戒毒、被执行
 * 其他限制人身自由的措施、失联, 或一方死亡/失踪而另一方符合上述情形 (民发〔2019〕62号).
 * The household states which applies (childCircumstance); the tool does not re-derive it.
 */
import { met, unknown, unmet, type Condition } from '../conditions'
import { childrenCopy as m } from '../messages/children'

export const isOrphan = (): Condition => ({
  id: 'isOrphan',
  test: ({ household: { childCircumstance: c } }) => {
    if (c === undefined) return unknown(m.circumstanceUnknown)
    return c === 'orphan' ? met(m.orphan) : unmet(m.notOrphan)
  },
})

export const isDeFactoUnsupportedChild = (): Condition => ({
  id: 'isDeFactoUnsupportedChild',
  test: ({ household: { childCircumstance: c } }) => {
    if (c === undefined) return unknown(m.circumstanceUnknown)
    return c === 'de-facto-unsupported' ? met(m.deFacto) : unmet(m.notDeFacto)
  },
})
