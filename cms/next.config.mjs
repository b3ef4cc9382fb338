// Next.js app that serves only the Payload admin (/admin) and API (/api). The public site is
// the separate static Astro build.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default withPayload({
  turbopack: { root },
  outputFileTracingRoot: root,
  // Type checking runs once for the whole repo in `npm run typecheck`.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  images: { unoptimized: true },
  // The admin cannot be framed (clickjacking), types are not sniffed, URLs do not leak in the
  // Referer. A full script CSP is not set: Next's admin relies on inline scripts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
          },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          ...(process.env.NODE_ENV === 'production'
            ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
            : []),
        ],
      },
    ]
  },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
})
