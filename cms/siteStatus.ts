/**
 * The public site's last rebuild, as `npm start`'s rebuilder records it (scripts/lib/rebuilder.ts)
 * and the admin dashboard shows it (components/SiteStatus.tsx): one JSON file beside the
 * exported site data, also served at `GET /status` on the rebuild endpoint.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import type { StaffLang } from './facility-register/messages'
import { SITE_DATA_DIR } from './paths'

export const rebuildStatusSchema = z.object({
  /** false: the rebuild failed and the previous site is still online */
  ok: z.boolean(),
  /** when it ended (ISO 8601) */
  at: z.string(),
  kind: z.enum(['full', 'partial', 'none']),
  seconds: z.number(),
  /** what was done (in English, for operators), or the error of a failed rebuild */
  message: z.string(),
  /** a partial rebuild: how many records' pages were rebuilt (with every list page) */
  records: z.number().int().optional(),
  /** a publish in the admin, or `npm start` bringing the site up to date */
  trigger: z.enum(['publish', 'start']).optional(),
})
export type RebuildStatus = z.infer<typeof rebuildStatusSchema>

export const statusFile = (siteDataDir = SITE_DATA_DIR) => `${siteDataDir}.rebuild-status.json`
export const STATUS_FILE = statusFile()

/** The last recorded rebuild, or undefined when none is recorded (or the file is unreadable). */
export function readRebuildStatus(file = STATUS_FILE): RebuildStatus | undefined {
  if (!existsSync(file)) return undefined
  try {
    return rebuildStatusSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return undefined
  }
}

/** Written whole and renamed into place, so a reader never sees half a file. */
export function writeRebuildStatus(status: RebuildStatus, file = STATUS_FILE): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(status))
  renameSync(`${file}.tmp`, file)
}

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
