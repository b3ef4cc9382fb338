/**
 * The site-wide notice (site settings → notice): shown on every page while the figures are the
 * plan's 2020 ones. Staff remove it by emptying the Simplified Chinese text — then no locale
 * shows it; a missing translation falls back to the zh-CN text.
 */
import { txt, type Lang } from './i18n'
import type { SiteSettings } from './types'

export function siteNotice(settings: Pick<SiteSettings, 'notice'>, lang: Lang): string | undefined {
  if (!settings.notice?.['zh-CN']?.trim()) return undefined
  return txt(settings.notice, lang).trim() || undefined
}
