import { describe, expect, it } from 'vitest'
import type { SiteData } from '../../cms/export/exported'
import { planRebuild } from '../../scripts/lib/rebuild-plan'

const before: SiteData = {
  towns: [{ slug: 'changsha', name: { 'zh-CN': '长沙街道' } }],
  policies: [
    { slug: 'plan', title: { 'zh-CN': '规划' } },
    { slug: 'law', title: { 'zh-CN': '法' } },
    { slug: 'other', title: { 'zh-CN': '另一个' } },
  ],
  programmes: [
    { slug: 'dibao', name: { 'zh-CN': '低保' }, relatedPolicies: [{ slug: 'plan' }] },
    { slug: 'tekun', name: { 'zh-CN': '特困' }, citations: [{ source: 'law' }] },
  ],
  facilities: [{ slug: 'fuliyuan', town: { slug: 'changsha' } }],
}
const edit = (d: SiteData, f: (d: SiteData) => void) => {
  const copy = structuredClone(d)
  f(copy)
  return copy
}

describe('what a publish rebuilds', () => {
  it('a programme: its own pages and the policy pages that list it', () => {
    const after = edit(before, (d) => (d.programmes![0].name = { 'zh-CN': '最低生活保障' }))
    expect(planRebuild(['programmes/dibao'], before, after)).toEqual({
      kind: 'partial',
      slugs: ['dibao', 'plan'],
    })
  })

  it('a policy: its own pages and every record that links to or cites it', () => {
    const after = edit(before, (d) => (d.policies![1].title = { 'zh-CN': '慈善法' }))
    expect(planRebuild(['policies/law'], before, after)).toEqual({
      kind: 'partial',
      slugs: ['law', 'tekun'],
    })
  })

  it('a link removed: the page it was removed from is rebuilt too', () => {
    const after = edit(before, (d) => (d.programmes![0].relatedPolicies = [{ slug: 'other' }]))
    expect(planRebuild(['programmes/dibao'], before, after)).toEqual({
      kind: 'partial',
      slugs: ['dibao', 'other', 'plan'],
    })
  })

  it('a town: the facilities in it (a burst: the union of what each publish touches)', () => {
    const after = edit(before, (d) => (d.towns![0].name = { 'zh-CN': '长沙' }))
    const plan = planRebuild(['towns/changsha', 'policies/other'], before, after)
    expect(plan).toEqual({ kind: 'partial', slugs: ['changsha', 'fuliyuan', 'other'] })
  })

  it('rebuilds everything for a new, deleted or unpublished record, a global, media or anything unknown', () => {
    const added = edit(before, (d) => d.policies!.push({ slug: 'new-law' }))
    expect(planRebuild(['policies/new-law'], before, added).kind).toBe('full')
    const removed = edit(before, (d) => d.programmes!.pop())
    expect(planRebuild(['programmes/tekun'], before, removed).kind).toBe('full')
    expect(planRebuild(['programmes/tekun deleted'], before, removed).kind).toBe('full')
    for (const reason of ['site-settings', 'media/photo.jpg', 'seed', 'publish', 'users/1'])
      expect(planRebuild([reason], before, before).kind, reason).toBe('full')
    expect(planRebuild([], before, before).kind).toBe('full')
    // one doubtful publish in a burst makes the whole burst a full rebuild
    expect(planRebuild(['programmes/dibao', 'site-settings'], before, before).kind).toBe('full')
  })
})
