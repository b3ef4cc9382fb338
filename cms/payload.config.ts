import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { AuditLog } from './collections/AuditLog'
import { CharityProjects } from './collections/CharityProjects'
import { Facilities } from './collections/Facilities'
import { Indicators } from './collections/Indicators'
import { Media } from './collections/Media'
import { PlaceStories } from './collections/PlaceStories'
import { Policies } from './collections/Policies'
import { Programmes } from './collections/Programmes'
import { Towns } from './collections/Towns'
import { Users } from './collections/Users'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from '../content/schema/locales'
import { databaseAdapter } from './db'
import { siteStatusEndpoint } from './endpoints/siteStatus'
import { siteEditor } from './fields/richText'
import { SearchSynonyms } from './globals/SearchSynonyms'
import { resumeSearchQueue } from './hooks/searchSync'
import { SiteSettings } from './globals/SiteSettings'
import { jobs } from './jobs'
import { ROOT } from './paths'
import { requireSecret } from './secret'
import { GRAPHQL_LIMITS, queryShapeRule } from './security/graphqlLimits'
import { mailLogAdapter } from './security/mailLog'
import { allowedOrigins, csrfOrigins } from './security/origins'

export default buildConfig({
  serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || undefined,
  secret: requireSecret(),
  cors: allowedOrigins(),
  csrf: csrfOrigins(),
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.join(ROOT, 'cms'),
      importMapFile: path.join(ROOT, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
    },
    meta: { titleSuffix: ' · 开平民政 CMS' },
    // no Gravatar: the admin must work without outside requests
    avatar: 'default',
    // the public site's last rebuild (cms/siteStatus.ts), stale records and past-year rates
    // (cms/freshness.ts) on the dashboard
    components: {
      beforeDashboard: ['/components/SiteStatus#SiteStatus', '/components/Freshness#Freshness'],
    },
  },
  i18n: { supportedLanguages: { zh, 'zh-TW': zhTw, en }, fallbackLanguage: 'zh' },
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
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
    AuditLog,
  ],
  jobs,
  // GET /api/site-status: the last site rebuild, for staff (the edit view's note after a publish)
  endpoints: [siteStatusEndpoint],
  globals: [SiteSettings, SearchSynonyms],
  // Meilisearch changes queued while it was down (search/README.md)
  onInit: resumeSearchQueue,
  editor: siteEditor,
  db: databaseAdapter(),
  sharp,
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: GRAPHQL_LIMITS.complexity,
    validationRules: () => [queryShapeRule],
  },
  typescript: { outputFile: path.join(ROOT, 'cms', 'payload-types.ts') },
  telemetry: false,
  email: mailLogAdapter,
  // PAYLOAD_LOG_LEVEL=warn keeps command-line tools (the eligibility CLI) quiet; logs go to stderr.
  ...(process.env.PAYLOAD_LOG_LEVEL
    ? { logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL }, destination: process.stderr } }
    : {}),
})
