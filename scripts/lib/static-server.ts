/**
 * A small static file server for the built site (dist/): directory URLs serve index.html,
 * unknown paths the site's 404 page, text is gzip-compressed. The folder is resolved on every
 * request, so a rebuild that swaps dist/ is picked up without a restart.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'

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
  const target = path.join(root, decoded)
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'bad' }
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile()
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

export function startStaticServer(
  root: () => string,
  port: number,
  host = '127.0.0.1',
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const found = resolveRequest(root(), req.url ?? '/')
    if (found.kind === 'redirect')
      return void res.writeHead(301, { location: found.location }).end()
    if (found.kind !== 'file') {
      const status = found.kind === 'bad' ? 400 : 404
      res
        .writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
        .end(status === 400 ? '400 网址有误 / Bad request' : '404 找不到页面 / Not found')
      return
    }
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream'
    const gzip =
      COMPRESS.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(found.status, {
      'content-type': type,
      'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    })
    if (req.method === 'HEAD') return void res.end()
    const stream = createReadStream(found.file)
    // the file may vanish when a rebuild swaps dist/ mid-request: end this response, keep serving
    stream.on('error', () => res.destroy())
    ;(gzip ? stream.pipe(createGzip()) : stream).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
