/**
 * The public site's security headers, computed from the built HTML: a Content Security Policy
 * whose script-src lists the sha256 of every inline <script> in dist/ (so no 'unsafe-inline'
 * scripts, and a script someone adds later is allowed exactly when it is in the build), HSTS,
 * nosniff, no framing, referrer and permissions policies. Written to dist/_headers at the end
 * of every Astro build (Netlify / Cloudflare Pages format; docs/security.md shows nginx) and
 * served from there by the static server of `npm start`.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

export const HEADERS_FILE = '_headers'

/** Script types a browser executes (data blocks such as JSON-LD are not scripts under CSP). */
const EXECUTABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i

/** sha256 source expressions of the inline scripts in one HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]
    if (/\ssrc\s*=/i.test(attrs)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? ''
    if (!EXECUTABLE.test(type.trim())) continue
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`)
  }
  return hashes
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
}

/** Every distinct inline-script hash in a built site, sorted (stable output). */
export function siteScriptHashes(distDir: string): string[] {
  const all = new Set<string>()
  for (const file of htmlFiles(distDir))
    for (const h of inlineScriptHashes(readFileSync(file, 'utf8'))) all.add(h)
  return [...all].sort()
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the search index's WebAssembly run; it does not allow eval()
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    // styles are inlined by the build; style cannot run script
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Header name → value for every response of the public site. */
export function siteHeaders(scriptHashes: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/** `_headers` text (one rule for every path). */
export const headersFile = (headers: Record<string, string>): string =>
  `/*\n${Object.entries(headers)
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('')}`

export function parseHeadersFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(line)
    if (m) out[m[1]] = m[2].trim()
  }
  return out
}

/** Compute the headers of a built site and write dist/_headers; returns them. */
export function writeSiteHeaders(distDir: string): Record<string, string> {
  return writeSiteHeadersWith(distDir, siteScriptHashes(distDir))
}

/** The inline-script hashes the CSP in a built site's `_headers` allows (none without one). */
export function allowedScriptHashes(distDir: string): string[] {
  const file = path.join(distDir, HEADERS_FILE)
  if (!existsSync(file)) return []
  const csp = parseHeadersFile(readFileSync(file, 'utf8'))['Content-Security-Policy'] ?? ''
  return csp.match(/'sha256-[^']+'/g) ?? []
}

/** Write dist/_headers allowing these inline-script hashes (known without reading every page). */
export function writeSiteHeadersWith(distDir: string, hashes: string[]): Record<string, string> {
  const headers = siteHeaders(hashes)
  writeFileSync(path.join(distDir, HEADERS_FILE), headersFile(headers))
  return headers
}

/** Astro integration: write dist/_headers after every build. */
export const securityHeaders = (): AstroIntegration => ({
  name: 'kaiping-security-headers',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const headers = writeSiteHeaders(fileURLToPath(dir))
      const n = (headers['Content-Security-Policy'].match(/'sha256-/g) ?? []).length
      logger.info(`${HEADERS_FILE}: CSP with ${n} inline-script hash(es)`)
    },
  },
})
