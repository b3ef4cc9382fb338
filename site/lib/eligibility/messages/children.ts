/** Copy for predicates/children.ts. */
import { t } from './copy'

export const childrenCopy = {
  orphan: t(
    '儿童失去父母或查找不到生父母（孤儿）',
    '兒童失去父母或查找不到生父母（孤兒）',
    'The child has lost both parents or the parents cannot be found (an orphan)',
  ),
  notOrphan: t('儿童不属于孤儿', '兒童不屬於孤兒', 'The child is not an orphan'),
  deFacto: t(
    '儿童的父母因重残、重病、服刑、失联等原因事实上无法抚养（事实无人抚养儿童）',
    '兒童的父母因重殘、重病、服刑、失聯等原因事實上無法撫養（事實無人撫養兒童）',
    'The child’s parents cannot in fact care for them (severe disability, serious illness, prison, missing…)',
  ),
  notDeFacto: t(
    '儿童不属于事实无人抚养儿童',
    '兒童不屬於事實無人撫養兒童',
    'The child is not a de facto unsupported child',
  ),
  circumstanceUnknown: t(
    '不清楚儿童的父母情况',
    '不清楚兒童的父母情況',
    'We do not know the child’s parents’ situation',
  ),
}
