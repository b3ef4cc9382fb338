// Static site: srcDir site/, publicDir public/. Content comes from the CMS export in
// .cache/site-data (npm run export). Content pages ship no JavaScript; React is only for islands.
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { securityHeaders } from './scripts/lib/security-headers.ts'

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [react(), securityHeaders()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
})
