import type { PublicSearchConfig } from '../../../search/meili/config'

/** The page's configuration (data-config on #search-app), written at build time. */
export type PageConfig = {
  lang: string
  index: string
  root: string
  /** set when the site was built with MEILISEARCH_HOST: host and the search-only key */
  meili?: PublicSearchConfig
  other: { lang: string; index: string; page: string; name: string }
  hotline: string
  types: Record<string, string>
  s: Record<string, string>
}

export const fmt = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''))

/** Build an element with text children only (content never becomes HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  for (const c of children) if (c != null) e.append(c)
  return e
}
