/**
 * The query behind the dashboard's freshness panel: published records not reviewed within the
 * site settings' period (reviewedOn, else the last change), and amounts in use whose rate year is
 * before the current year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outdatedRates, staleRecords } from '../../cms/freshness'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let dibaoId: number

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  dibaoId = (await bySlug(cms.payload, 'programmes', 'dibao')).id
})
afterAll(async () => cms?.close())

const inMonths = (months: number) => {
  const d = new Date()
  d.setMonth(d.getMonth() + months)
  return d
}
const staleKeys = async (now: Date) =>
  (await staleRecords(cms.payload, now)).map((r) => `${r.collection}:${r.title}`)

describe('freshness', () => {
  it('nothing is stale today; everything published is after the review period', async () => {
    expect(await staleKeys(new Date())).toEqual([])
    const later = await staleKeys(inMonths(13))
    expect(later).toContain('programmes:最低生活保障')
    expect(later).toContain('towns:长沙街道')
    expect(later.length).toBe(7) // one record per public collection in the fixture
  })

  it('a recorded review resets the clock; the period comes from the site settings', async () => {
    await cms.payload.update({
      collection: 'programmes',
      id: dibaoId,
      data: { reviewedOn: inMonths(6).toISOString(), _status: 'published' } as never,
    })
    expect(await staleKeys(inMonths(13))).not.toContain('programmes:最低生活保障')
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { reviewIntervalMonths: 3 } })
    expect(await staleKeys(inMonths(4))).toContain('towns:长沙街道')
    expect(await staleKeys(inMonths(4))).not.toContain('programmes:最低生活保障')
    expect(await staleKeys(inMonths(10))).toContain('programmes:最低生活保障')
  })

  it('lists the amounts in use whose rate year is past, not those replaced by a newer row', async () => {
    const dibao = await cms.payload.findByID({ collection: 'programmes', id: dibaoId })
    // the fixture's standard is from 2020
    expect(await outdatedRates(cms.payload, new Date('2026-06-01'))).toEqual([
      expect.objectContaining({ programme: '最低生活保障', key: 'standard', from: '2020' }),
    ])
    expect(await outdatedRates(cms.payload, new Date('2020-06-01'))).toEqual([])
    await cms.payload.update({
      collection: 'programmes',
      id: dibaoId,
      data: {
        amounts: [
          ...(dibao.amounts ?? []),
          { ...dibao.amounts![0], id: undefined, value: 1000, from: '2026-01' },
        ],
        _status: 'published',
      } as never,
    })
    expect(await outdatedRates(cms.payload, new Date('2026-06-01'))).toEqual([])
    expect(await outdatedRates(cms.payload, new Date('2027-02-01'))).toEqual([
      expect.objectContaining({ key: 'standard', from: '2026-01' }),
    ])
  })
})
