import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { CharityProjects } from './collections/CharityProjects'
import { Facilities } from './collections/Facilities'
import { Indicators } from './collections/Indicators'
import { Media } from './collections/Media'
import { PlaceStories } from './collections/PlaceStories'
import { Policies } from './collections/Policies'
import { Programmes } from './collections/Programmes'
import { Towns } from './collections/Towns'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { SearchSynonyms } from './globals/SearchSynonyms'
import { resumeSearchQueue } from './hooks/searchSync'
import { SiteSettings } from './globals/SiteSettings'
import { ROOT } from './paths'
import { requireSecret } from './secret'

export default buildConfig({
  serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || undefined,
  secret: requireSecret(),
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.join(ROOT, 'cms'),
      importMapFile: path.join(ROOT, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
    },
    meta: { titleSuffix: ' · 开平民政 CMS' },
    // no Gravatar: the admin must work without outside requests
    avatar: 'default',
  },
  i18n: { supportedLanguages: { zh, 'zh-TW': zhTw, en }, fallbackLanguage: 'zh' },
  localization: {
    locales: [
      { code: 'zh-CN', label: '简体中文' },
      { code: 'zh-Hant', label: '繁體中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh-CN',
    fallback: true,
  },
  collections: [
    Policies,
    Programmes,
    Facilities,
    CharityProjects,
    PlaceStories,
    Indicators,
    Towns,
    Media,
    Users,
  ],
  globals: [SiteSettings, SearchSynonyms],
  // Meilisearch changes queued while it was down (search/README.md)
  onInit: resumeSearchQueue,
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.join(ROOT, 'cms', 'payload-types.ts') },
  telemetry: false,
  // PAYLOAD_LOG_LEVEL=warn keeps command-line tools (the eligibility CLI) quiet; logs go to stderr.
  ...(process.env.PAYLOAD_LOG_LEVEL
    ? { logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL }, destination: process.stderr } }
    : {}),
})
