/**
 * Dashboard panel (admin.components.beforeDashboard): published records not reviewed within the
 * period in the site settings, and programme amounts whose rate year is before this year.
 * A server component: it queries with the signed-in user's Payload instance (cms/freshness.ts).
 */
import type { ServerProps } from 'payload'
import React from 'react'
import { outdatedRates, reviewMonths, staleRecords } from '../freshness'

const TEXT = {
  zh: {
    title: '内容新鲜度',
    stale: (n: number, m: number) => `超过 ${m} 个月未核对的已发布内容：${n} 条`,
    rates: (n: number, y: number) => `标准年份早于 ${y} 年、仍在使用的金额：${n} 项`,
    none: '没有。',
    reviewed: '最近核对',
    from: '生效',
    hint: '核对后在记录右侧填写“最近核对日期”；标准更新后新增一行金额。',
  },
  en: {
    title: 'Freshness',
    stale: (n: number, m: number) => `Published records not reviewed for over ${m} months: ${n}`,
    rates: (n: number, y: number) => `Amounts in use with a rate year before ${y}: ${n}`,
    none: 'None.',
    reviewed: 'last reviewed',
    from: 'from',
    hint: 'After checking a record, set its "Last reviewed" date; when a standard changes, add a new amount row.',
  },
}

export async function Freshness({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = i18n?.language === 'en' ? TEXT.en : TEXT.zh
  const now = new Date()
  const [months, stale, rates] = await Promise.all([
    reviewMonths(payload),
    staleRecords(payload, now),
    outdatedRates(payload, now),
  ])
  const admin = payload.config.routes.admin
  const day = (iso: string) => iso.slice(0, 10)
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="freshness-title">
      <h2 id="freshness-title">{t.title}</h2>
      <p>{t.hint}</p>
      <h3>{t.stale(stale.length, months)}</h3>
      {stale.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {stale.map((r) => (
            <li key={`${r.collection}/${r.id}`}>
              <a href={`${admin}/collections/${r.collection}/${r.id}`}>{r.title}</a> ({r.collection}
              , {t.reviewed} {day(r.lastReviewed)})
            </li>
          ))}
        </ul>
      )}
      <h3>{t.rates(rates.length, now.getFullYear())}</h3>
      {rates.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {rates.map((r) => (
            <li key={`${r.id}/${r.key}`}>
              <a href={`${admin}/collections/programmes/${r.id}`}>{r.programme}</a>: {r.label} (
              {t.from} {r.from})
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
