/**
 * The preview server: the site as it will look once a draft is published, for signed-in staff
 * only. `/_preview/?collection=…&id=…&locale=…` (the admin's Preview button, cms/preview.ts)
 * builds the preview of that record's latest saved draft (preview.ts), shows a "building" page
 * that reloads itself, then redirects to the record's page; every other path serves the preview
 * build. Every request is checked against the admin (`/api/users/me`, the same sign-in cookie or
 * `Authorization: JWT …`); nothing here is public, cached or indexed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { TypedUser } from 'payload'
import { LOCALES, type Locale } from '../../content/schema/locales'
import { CONTENT_TYPES, type ContentType } from '../../content/schema/records'
import { hasRole } from '../../cms/access/roles'
import { resolveRequest, securityHeadersFor, serve } from './static-server'

export type PreviewJob = { collection: ContentType; id: string; locale: Locale; user: TypedUser }
type Build = (job: PreviewJob) => Promise<string>

const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' }
export const BANNER =
  '<div role="note" style="background:#fff3cd;color:#000;border-bottom:3px solid #8a4b00;padding:.75rem 1rem;font-size:1.125rem;line-height:1.5">' +
  '<strong>预览 Preview</strong>：这是尚未发布的草稿，只有登录的工作人员能看到；公众网站在发布后才会改变。' +
  ' This is an unpublished draft, visible only to signed-in staff.</div>'

const page = (res: ServerResponse, status: number, title: string, body: string, refresh = false) =>
  void res
    .writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...PRIVATE })
    .end(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${refresh ? '<meta http-equiv="refresh" content="2">' : ''}` +
        `<meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
        `<body style="font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>${title}</h1>${body}</body></html>`,
    )

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The sign-in token a request carries: the admin's cookie, or an Authorization header. */
export function tokenOf(req: IncomingMessage): string | undefined {
  const auth = /^(?:JWT|Bearer) (\S+)$/.exec(String(req.headers.authorization ?? ''))
  if (auth) return auth[1]
  const cookie = /(?:^|;\s*)payload-token=([^;]+)/.exec(String(req.headers.cookie ?? ''))
  return cookie?.[1]
}

export function startPreviewServer(opts: {
  port: number
  host?: string
  adminUrl: string
  dist: string
  build: Build
  log?: (s: string) => void
}): Promise<Server> {
  const { adminUrl, dist, build, log = console.log } = opts
  const seen = new Map<string, { user: TypedUser | null; until: number }>()
  /** The member of staff signed in with this token (asked of the admin, kept for 30 s). */
  const staffFor = async (token: string | undefined): Promise<TypedUser | null> => {
    if (!token) return null
    const hit = seen.get(token)
    if (hit && hit.until > Date.now()) return hit.user
    const res = await fetch(`${adminUrl}/api/users/me`, {
      headers: { authorization: `JWT ${token}` },
    }).catch(() => undefined)
    const me = res?.ok ? ((await res.json()) as { user?: TypedUser | null }) : undefined
    // the Local API needs to know which auth collection the user comes from
    const user =
      me?.user && hasRole(me.user, 'admin', 'publisher', 'editor')
        ? { ...me.user, collection: 'users' as const }
        : null
    if (seen.size > 1000) seen.clear()
    seen.set(token, { user, until: Date.now() + 30_000 })
    return user
  }

  // one preview build at a time; the last one asked for is the one in the folder
  const jobs = new Map<string, { state: 'building' | 'done' | 'failed'; result?: string }>()
  let chain: Promise<unknown> = Promise.resolve()
  const start = (key: string, job: PreviewJob) => {
    jobs.set(key, { state: 'building' })
    chain = chain.then(async () => {
      try {
        const at = await build(job)
        // the folder now holds this preview; earlier finished ones are gone from it
        for (const [k, j] of jobs) if (k !== key && j.state !== 'building') jobs.delete(k)
        jobs.set(key, { state: 'done', result: at })
      } catch (err) {
        log(`[preview] ${key} failed: ${(err as Error).message}`)
        jobs.set(key, { state: 'failed', result: (err as Error).message })
      }
    })
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return void res.writeHead(405, { allow: 'GET, HEAD' }).end()
    const user = await staffFor(tokenOf(req))
    if (!user)
      return page(
        res,
        401,
        '预览仅供工作人员 · Staff only',
        `<p>请先登录<a href="${escape(adminUrl)}/admin">管理后台</a>，再从记录的“预览”按钮打开。</p>` +
          '<p>Sign in to the admin first, then use a record’s Preview button.</p>',
      )
    const url = new URL(req.url ?? '/', 'http://preview')
    if (url.pathname === '/_preview/') {
      const collection = url.searchParams.get('collection') as ContentType
      const id = url.searchParams.get('id') ?? ''
      const locale = (url.searchParams.get('locale') ?? 'zh-CN') as Locale
      if (
        !CONTENT_TYPES.includes(collection) ||
        !/^[\w-]{1,64}$/.test(id) ||
        !LOCALES.includes(locale)
      )
        return page(
          res,
          400,
          '预览地址有误 · Bad preview link',
          '<p>请从记录的“预览”按钮打开。</p>',
        )
      // every click builds anew (the draft may have been saved since) under a key of its own
      const t = url.searchParams.get('t')
      if (!t) {
        const stamp = String(Date.now())
        start(`${collection}/${id}/${locale}/${stamp}`, { collection, id, locale, user })
        url.searchParams.set('t', stamp)
        return void res
          .writeHead(303, { location: `/_preview/?${url.searchParams}`, ...PRIVATE })
          .end()
      }
      const job = jobs.get(`${collection}/${id}/${locale}/${t}`)
      if (!job)
        return page(
          res,
          410,
          '预览已过期 · This preview has expired',
          '<p>请回到管理后台，再点一次“预览”。Use the Preview button again.</p>',
        )
      if (job.state === 'building')
        return page(
          res,
          200,
          '正在生成预览… · Building the preview…',
          '<p>约需 10–30 秒，页面会自动刷新。预览显示最近一次保存的草稿。</p><p>About 10–30 seconds; this page reloads itself. The preview shows the last saved draft.</p>',
          true,
        )
      if (job.state === 'failed')
        return page(
          res,
          500,
          '预览未能生成 · The preview failed',
          `<p>${escape(job.result ?? '')}</p>`,
        )
      return void res.writeHead(303, { location: job.result!, ...PRIVATE }).end()
    }
    if (!existsSync(dist))
      return page(res, 404, '还没有预览 · No preview yet', '<p>请从记录的“预览”按钮打开。</p>')
    // pages carry the preview banner; everything else is served as the site serves it
    const found = resolveRequest(dist, req.url ?? '/')
    if (found.kind === 'file' && path.extname(found.file) === '.html') {
      const html = readFileSync(found.file, 'utf8').replace(/<body[^>]*>/, (m) => m + BANNER)
      res.writeHead(found.status, {
        ...securityHeadersFor(dist),
        'content-type': 'text/html; charset=utf-8',
        ...PRIVATE,
      })
      return void res.end(req.method === 'HEAD' ? undefined : html)
    }
    serve(dist, req, res, PRIVATE)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      log(`[preview] ${req.url}: ${err.message}`)
      if (!res.headersSent) page(res, 500, '预览出错 · Preview error', '')
      else res.end()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve(server))
  })
}
