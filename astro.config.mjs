// Static site: srcDir site/, publicDir public/. Content comes from the CMS export in
// .cache/site-data (npm run export). Content pages ship no JavaScript; React is only for islands.
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { securityHeaders } from './scripts/lib/security-headers.ts'

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    react(),
    securityHeaders(),
    // sitemap-index.xml with hreflang alternates: zh-CN at the root, the others under a prefix
    sitemap({
      i18n: {
        defaultLocale: 'zh-CN',
        locales: { 'zh-CN': 'zh-CN', 'zh-hant': 'zh-Hant', en: 'en' },
      },
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
})
