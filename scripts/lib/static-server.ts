/**
 * A small static file server for the built site (dist/): directory URLs serve index.html,
 * unknown paths the site's 404 page, text is gzip-compressed. The folder is resolved on every
 * request, so a rebuild that swaps dist/ is picked up without a restart.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'
import { HEADERS_FILE, parseHeadersFile, siteHeaders, siteScriptHashes } from './security-headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
}
const UPDATING = '503 网站正在更新，请稍后刷新 / The site is updating, please reload'
const COMPRESS = /^(text\/|application\/(json|xml|javascript)|image\/svg)/

export type Resolved =
  | { kind: 'file'; file: string; status: 200 | 404 }
  | { kind: 'redirect'; location: string }
  | { kind: 'bad' }
  | { kind: 'missing' }

/**
 * What to answer for a request path. Everything is decided on the decoded, normalised path
 * inside the site folder: nothing outside it is ever read or even probed, and a redirect only
 * ever points to a path on this site.
 */
export function resolveRequest(rootDir: string, url: string): Resolved {
  const root = path.resolve(rootDir)
  const [pathname] = url.split('?')
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { kind: 'bad' }
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return { kind: 'bad' }
  // the headers file is configuration for the host, not a page
  if (path.posix.normalize(decoded) === `/${HEADERS_FILE}`) return { kind: 'missing' }
  const target = path.join(root, decoded)
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'bad' }
  // one stat, no throw: a file may vanish between two looks while a rebuild swaps dist/
  const isFile = (f: string) => statSync(f, { throwIfNoEntry: false })?.isFile() ?? false
  if (!decoded.endsWith('/')) {
    if (isFile(target)) return { kind: 'file', file: target, status: 200 }
    // /programmes → /programmes/ (the site's canonical URLs end in a slash)
    if (isFile(path.join(target, 'index.html'))) {
      return {
        kind: 'redirect',
        location: `/${path.relative(root, target).split(path.sep).map(encodeURIComponent).join('/')}/`,
      }
    }
  } else if (isFile(path.join(target, 'index.html'))) {
    return { kind: 'file', file: path.join(target, 'index.html'), status: 200 }
  }
  const notFound = path.join(root, '404.html')
  return isFile(notFound) ? { kind: 'file', file: notFound, status: 404 } : { kind: 'missing' }
}

/** The file a request path is answered with, if any. */
export function resolveFile(
  rootDir: string,
  url: string,
): { file: string; status: number } | undefined {
  const r = resolveRequest(rootDir, url)
  return r.kind === 'file' ? { file: r.file, status: r.status } : undefined
}

let cached: { key: string; headers: Record<string, string> } | undefined

/**
 * The security headers of the site in `rootDir`: its _headers file (written by the build), or
 * computed from its HTML for a build that has none. Cached until dist/ is swapped or rewritten.
 */
export function securityHeadersFor(rootDir: string): Record<string, string> {
  const file = path.join(rootDir, HEADERS_FILE)
  const hasFile = existsSync(file)
  const stat = statSync(hasFile ? file : rootDir)
  const key = `${rootDir}:${stat.ino}:${stat.mtimeMs}`
  if (cached?.key !== key)
    cached = {
      key,
      headers: hasFile
        ? parseHeadersFile(readFileSync(file, 'utf8'))
        : siteHeaders(siteScriptHashes(rootDir)),
    }
  return cached.headers
}

export function startStaticServer(
  root: () => string,
  port: number,
  host = '127.0.0.1',
): Promise<Server> {
  const server = createServer((req, res) => {
    // a request that meets the swap of dist/ (two renames) is answered from the new folder
    const attempt = (left: number) => {
      const again = left > 0 ? () => void setTimeout(() => attempt(left - 1), 50) : undefined
      try {
        serve(root(), req, res, {}, again)
      } catch (err) {
        if (again && !res.headersSent) return again()
        // never let one request take the server down
        console.error(`[site] ${req.url}: ${(err as Error).message}`)
        if (!res.headersSent)
          res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' })
        res.end(UPDATING)
      }
    }
    attempt(3)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}

/**
 * Answers one request from the site in `rootDir`; `extra` headers go on every file answer
 * (the preview server's "private, not for search engines").
 */
export function serve(
  rootDir: string,
  req: IncomingMessage,
  res: ServerResponse,
  extra: Record<string, string> = {},
  retry?: () => void,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const security = existsSync(rootDir) ? securityHeadersFor(rootDir) : {}
  for (const [k, v] of Object.entries(security)) res.setHeader(k, v)
  const found = resolveRequest(rootDir, req.url ?? '/')
  if (found.kind === 'redirect') return void res.writeHead(301, { location: found.location }).end()
  // no page and no 404 page: the folder is between the two renames of a swap
  if (found.kind === 'missing' && retry) return retry()
  if (found.kind !== 'file') {
    const status = found.kind === 'bad' ? 400 : 404
    res
      .writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      .end(status === 400 ? '400 网址有误 / Bad request' : '404 找不到页面 / Not found')
    return
  }
  const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream'
  const gzip = COMPRESS.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const head = () =>
    res.writeHead(found.status, {
      'content-type': type,
      'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
      ...extra,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    })
  if (req.method === 'HEAD') return void head().end()
  const stream = createReadStream(found.file)
  // the headers go out only once the file is open: a file that vanished while a rebuild swapped
  // dist/ is looked up again in the new folder (else answered "try again"); an open file is
  // read to the end even when its folder is swapped away
  stream.once('open', () => {
    head()
    ;(gzip ? stream.pipe(createGzip()) : stream).pipe(res)
  })
  stream.on('error', () => {
    if (res.headersSent) return void res.destroy()
    if (retry) return retry()
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' })
    res.end(UPDATING)
  })
}

/** The base URL a started server answers on (loopback). */
export function serverUrl(server: Server): string {
  const addr = server.address()
  return `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
}
