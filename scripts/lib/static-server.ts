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
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream', '.woff2': 'font/woff2',
}
const COMPRESS = /^(text\/|application\/(json|xml|javascript)|image\/svg)/

export function resolveFile(rootDir: string, urlPath: string): { file: string; status: number } | undefined {
  const root = path.resolve(rootDir)
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return undefined
  }
  const target = path.normalize(path.join(root, decoded))
  if (target !== root && !target.startsWith(root + path.sep)) return undefined
  const candidates = decoded.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')]
  for (const file of candidates) {
    if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 }
  }
  const notFound = path.join(root, '404.html')
  return existsSync(notFound) ? { file: notFound, status: 404 } : undefined
}

export function startStaticServer(root: () => string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const url = req.url ?? '/'
    // /programmes → /programmes/ (the site's canonical URLs end in a slash)
    if (!url.split('?')[0].endsWith('/') && !path.extname(url.split('?')[0])) {
      const dir = path.join(root(), decodeURIComponent(url.split('?')[0]))
      if (existsSync(path.join(dir, 'index.html'))) {
        res.writeHead(301, { location: `${url.split('?')[0]}/` }).end()
        return
      }
    }
    const found = resolveFile(root(), url)
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 找不到页面 / Not found')
      return
    }
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream'
    const gzip = COMPRESS.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(found.status, {
      'content-type': type,
      'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    })
    if (req.method === 'HEAD') return void res.end()
    const stream = createReadStream(found.file)
    ;(gzip ? stream.pipe(createGzip()) : stream).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
