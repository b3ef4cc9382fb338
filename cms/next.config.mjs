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
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
})
