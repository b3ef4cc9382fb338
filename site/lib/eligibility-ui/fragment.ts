/**
 * Answers in the URL fragment (#a=…), so a link can be shared or bookmarked. The fragment is
 * never sent to a server. Format: "a=" + base64url(JSON {v: 1, a: answers}).
 */
import type { Answers } from './answers'
import { parseAnswers } from './parse'

export const FRAGMENT_KEY = 'a'
const VERSION = 1

export type Decoded = { kind: 'none' } | { kind: 'ok'; answers: Answers } | { kind: 'invalid' }

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(data: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(data)) throw new Error('not base64url')
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

/** "a=…" (without the leading #). */
export function encodeFragment(answers: Answers): string {
  return `${FRAGMENT_KEY}=${toBase64Url(JSON.stringify({ v: VERSION, a: answers }))}`
}

/**
 * Read answers from location.hash ("#a=…" or "a=…"). Fragments without "a=" (e.g. "#main"
 * from the skip link) are 'none'; a damaged or foreign "a=" is 'invalid', never an exception.
 */
export function decodeFragment(hash: string): Decoded {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const data = params.get(FRAGMENT_KEY)
  if (data === null) return { kind: 'none' }
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(data.trim()))
    if (!parsed || typeof parsed !== 'object' || (parsed as { v?: unknown }).v !== VERSION)
      return { kind: 'invalid' }
    const answers = parseAnswers((parsed as { a?: unknown }).a)
    return answers ? { kind: 'ok', answers } : { kind: 'invalid' }
  } catch {
    return { kind: 'invalid' }
  }
}
