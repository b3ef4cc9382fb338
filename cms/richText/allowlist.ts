/**
 * The rich text the public site renders, as an allowlist: node types, their attributes and the
 * values those attributes may take. Anything else (a table cell whose headerState carries
 * markup, a javascript: link, a node the editor never offers) is refused on save, so it never
 * reaches the export; the exported HTML is sanitized again as a second wall (./sanitize.ts).
 */

/** Collections an internal link may point to: those with a page on the public site. */
export const LINKABLE = [
  'programmes',
  'facilities',
  'policies',
  'charity-projects',
  'place-stories',
]

const ELEMENT = ['type', 'version', 'children', 'direction', 'format', 'indent']
const TEXT = ['type', 'version', 'text', 'format', 'style', 'mode', 'detail']

/** Node type → the keys it may carry. */
const NODES: Record<string, readonly string[]> = {
  root: [...ELEMENT, 'textFormat', 'textStyle'],
  paragraph: [...ELEMENT, 'textFormat', 'textStyle'],
  heading: [...ELEMENT, 'tag', 'textFormat', 'textStyle'],
  quote: [...ELEMENT, 'textFormat', 'textStyle'],
  list: [...ELEMENT, 'listType', 'start', 'tag', 'textFormat', 'textStyle'],
  listitem: [...ELEMENT, 'value', 'checked', 'textFormat', 'textStyle'],
  link: [...ELEMENT, 'fields', 'id', 'textFormat', 'textStyle'],
  autolink: [...ELEMENT, 'fields', 'id', 'textFormat', 'textStyle'],
  text: TEXT,
  tab: TEXT,
  linebreak: ['type', 'version'],
  horizontalrule: ['type', 'version'],
}
export const ALLOWED_NODE_TYPES = Object.keys(NODES)

const LEAVES = new Set(['text', 'tab', 'linebreak', 'horizontalrule'])
const isInt = (v: unknown, min = 0, max = 1_000_000) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max
const oneOf =
  (...values: unknown[]) =>
  (v: unknown) =>
    values.includes(v)

/** What each attribute may hold; an attribute not listed here only needs to be allowed above. */
const VALUES: Record<string, (v: unknown, node: Record<string, unknown>) => boolean> = {
  type: (v) => typeof v === 'string',
  version: (v) => isInt(v, 0, 100),
  direction: oneOf(null, undefined, 'ltr', 'rtl'),
  format: (v, node) =>
    LEAVES.has(String(node.type))
      ? isInt(v, 0, 0xffff)
      : oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify', 0)(v),
  indent: (v) => isInt(v, 0, 10),
  textFormat: (v) => isInt(v, 0, 0xffff),
  textStyle: oneOf('', undefined),
  style: oneOf(''),
  mode: oneOf('normal', 'token', 'segmented'),
  detail: (v) => isInt(v, 0, 0xffff),
  text: (v) => typeof v === 'string',
  tag: (v, node) =>
    node.type === 'list' ? oneOf('ul', 'ol')(v) : oneOf('h2', 'h3', 'h4', 'h5', 'h6')(v),
  listType: oneOf('bullet', 'number'),
  start: (v) => isInt(v, 0),
  value: (v) => isInt(v, 0),
  checked: oneOf(undefined),
  id: (v) => typeof v === 'string' && /^[\w-]{1,64}$/.test(v),
  children: Array.isArray,
  fields: (v) => linkProblem(v) === undefined,
}

/** http(s), mailto, tel, or a path on this site; no scheme tricks, spaces or control characters. */
export function isSafeHref(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 2000) return false
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f<>"'`\\]/.test(url)) return false
  if (/^(https?:\/\/[^/]|mailto:|tel:\+?[\d-]+$)/i.test(url)) return true
  return /^(\/(?!\/)|#)/.test(url)
}

function linkProblem(fields: unknown): string | undefined {
  if (!fields || typeof fields !== 'object') return 'link without fields'
  const f = fields as Record<string, unknown>
  const allowed = ['linkType', 'url', 'newTab', 'doc']
  const extra = Object.keys(f).find((k) => !allowed.includes(k))
  if (extra) return `link field "${extra}"`
  if (f.newTab !== undefined && typeof f.newTab !== 'boolean') return 'link newTab'
  if (f.linkType === 'internal') {
    const doc = f.doc as { relationTo?: unknown; value?: unknown } | null | undefined
    if (!doc || !LINKABLE.includes(String(doc.relationTo))) return 'internal link target'
    if (f.url !== undefined && f.url !== null && f.url !== '' && !isSafeHref(f.url))
      return 'link url'
    return undefined
  }
  if (f.linkType !== undefined && f.linkType !== 'custom') return 'link type'
  return isSafeHref(f.url) ? undefined : `link url ${JSON.stringify(String(f.url).slice(0, 60))}`
}

const MAX_DEPTH = 12
const MAX_NODES = 100_000

/** The first thing in a Lexical document the site does not render, or undefined when all is well. */
export function richTextProblem(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const root = (value as { root?: unknown }).root
  if (!root || typeof root !== 'object' || (root as { type?: unknown }).type !== 'root')
    return 'not a rich-text document'
  let count = 0
  const walk = (node: unknown, depth: number, path: string): string | undefined => {
    if (++count > MAX_NODES) return 'too many nodes'
    if (depth > MAX_DEPTH) return `${path}: nested too deeply`
    if (!node || typeof node !== 'object' || Array.isArray(node)) return `${path}: not a node`
    const n = node as Record<string, unknown>
    const type = String(n.type)
    const keys = NODES[type]
    if (!keys || (type === 'root') !== (depth === 0)) return `${path}: node type "${type}"`
    for (const [key, v] of Object.entries(n)) {
      if (!keys.includes(key)) return `${path} (${type}): attribute "${key}"`
      const ok = VALUES[key]
      if (ok && !ok(v, n)) {
        if (key === 'fields') return `${path} (${type}): ${linkProblem(v)}`
        return `${path} (${type}): ${key} = ${JSON.stringify(v)?.slice(0, 60)}`
      }
    }
    if (LEAVES.has(type)) return undefined
    if (!Array.isArray(n.children)) return `${path} (${type}): no children`
    for (const [i, child] of n.children.entries()) {
      const problem = walk(child, depth + 1, `${path}/${i}`)
      if (problem) return problem
    }
    return undefined
  }
  return walk(root, 0, 'root')
}
