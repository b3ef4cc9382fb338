import sanitizeHtml from 'sanitize-html'

/**
 * The second wall behind the save-time allowlist: whatever HTML the export produces, only these
 * tags and attributes reach a public page. Links keep http(s), mailto and tel (and paths on this
 * site); everything else — event handlers, style, script, iframes, javascript: — is dropped.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'strong',
    'em',
    'u',
    's',
    'code',
    'sub',
    'sup',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'target', 'rel'], ol: ['start'], li: ['value'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // a link that opens a new tab never hands the site's window to the other page
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const out: sanitizeHtml.Attributes = { href: attribs.href ?? '#' }
      if (attribs.target === '_blank')
        Object.assign(out, { target: '_blank', rel: 'noopener noreferrer' })
      return { tagName, attribs: out }
    },
  },
}

export const sanitizeRichHtml = (html: string): string => sanitizeHtml(html, OPTIONS)
