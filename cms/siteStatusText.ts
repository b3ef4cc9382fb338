/**
 * What staff read about the public site's last rebuild, in their language (zh / en): the
 * dashboard panel (components/SiteStatus.tsx) and the note after a publish in the edit view
 * (components/PublishStatus.tsx). No Node APIs: the edit view's note runs in the browser.
 */
import type { StaffLang } from './facility-register/messages'
import type { RebuildStatus } from './siteStatus'

/** What the dashboard panel says, in the editor's language. */
export type StatusPanel = {
  tone: 'ok' | 'failed' | 'none'
  title: string
  /** the headline: what the public sees now */
  headline: string
  details: string[]
  /** a failed rebuild's error, shown as it was logged */
  error?: string
}

/** Kaiping's clock (the admin's server may run in UTC): `2026-12-01 14:05`. */
export const kaipingTime = (iso: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso))

const TEXT = {
  zh: {
    title: '公众网站更新状态',
    failed: '发布未能更新网站，公众仍看到上一版网站',
    failedWhen: (t: string, s: number) => `最近一次重建于 ${t}（北京时间）失败，用时 ${s} 秒。`,
    nextFull:
      '下一次发布（或重新启动 npm start）会完整重建整个网站；如仍失败，请把下面的错误信息交给技术人员。',
    error: '错误信息：',
    ok: (t: string) => `网站最近一次更新：${t}（北京时间）`,
    full: (s: number) => `完整重建，用时 ${s} 秒。`,
    partial: (n: number | undefined, s: number) =>
      `部分重建（${n === undefined ? '' : `${n} 条记录的页面及`}所有列表页），用时 ${s} 秒。`,
    checked: (t: string) => `最近一次检查：${t}（北京时间），网站已是最新`,
    none: (s: number) => `发布的内容不改变公众网站，无需重建（检查用时 ${s} 秒）。`,
    startNone: 'npm start 启动时检查：网站与已发布内容一致，无需重建。',
    atStart: '由 npm start 启动时完成。',
    waiting: '已发布。正在更新公众网站，通常在一分钟内完成……',
    late: '网站三分钟内仍未更新完成；稍后请在仪表板查看结果。',
    noStatus: '尚无网站重建记录',
    noStatusWhy:
      '本次 npm start 启动以来还没有发布触发的重建记录；正式部署时，网站由部署钩子（SITE_REBUILD_URL）重建，结果请在部署平台查看。',
  },
  en: {
    title: 'Public site updates',
    failed: 'A publish did not update the site: the public still sees the previous version',
    failedWhen: (t: string, s: number) =>
      `The last rebuild, at ${t} (Beijing time), failed after ${s} s.`,
    nextFull:
      'The next publish (or restarting npm start) rebuilds the whole site; if it fails again, give the error below to the technical staff.',
    error: 'Error:',
    ok: (t: string) => `The site was last updated at ${t} (Beijing time)`,
    full: (s: number) => `Full rebuild, ${s} s.`,
    partial: (n: number | undefined, s: number) =>
      `Partial rebuild (${n === undefined ? '' : `the pages of ${n} record(s) and `}every list page), ${s} s.`,
    checked: (t: string) => `Last checked at ${t} (Beijing time): the site is up to date`,
    none: (s: number) =>
      `What was published does not change the public site: nothing rebuilt (checked in ${s} s).`,
    startNone: 'Checked when npm start started: the site matches the published content.',
    atStart: 'Done by npm start when it started.',
    waiting: 'Published. Updating the public site; this usually takes under a minute…',
    late: 'The site has not finished updating within three minutes; see the dashboard later.',
    noStatus: 'No site rebuild recorded',
    noStatusWhy:
      'Nothing has been rebuilt since npm start started; in production the site is rebuilt by the deploy hook (SITE_REBUILD_URL): see its results on the deploy platform.',
  },
}

/** The last 1,500 characters of an error: where a build log says what went wrong. */
const tail = (s: string) => (s.length > 1500 ? `…${s.slice(-1500)}` : s)

export function statusPanel(status: RebuildStatus | undefined, lang: StaffLang): StatusPanel {
  const t = TEXT[lang]
  if (!status)
    return { tone: 'none', title: t.title, headline: t.noStatus, details: [t.noStatusWhy] }
  const when = kaipingTime(status.at)
  if (!status.ok)
    return {
      tone: 'failed',
      title: t.title,
      headline: t.failed,
      details: [t.failedWhen(when, status.seconds), t.nextFull],
      error: tail(status.message),
    }
  const atStart = status.trigger === 'start'
  if (status.kind === 'none')
    return {
      tone: 'ok',
      title: t.title,
      headline: t.checked(when),
      details: [atStart ? t.startNone : t.none(status.seconds)],
    }
  const what =
    status.kind === 'full' ? t.full(status.seconds) : t.partial(status.records, status.seconds)
  return {
    tone: 'ok',
    title: t.title,
    headline: t.ok(when),
    details: atStart ? [what, t.atStart] : [what],
  }
}

export const errorLabel = (lang: StaffLang) => TEXT[lang].error

/** The edit view's note after a publish: while the site is being rebuilt, and when it takes too long. */
export const publishNote = (lang: StaffLang) => ({
  waiting: TEXT[lang].waiting,
  late: TEXT[lang].late,
})
