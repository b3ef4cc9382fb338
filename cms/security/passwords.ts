/**
 * Staff password rules (NIST SP 800-63B style): long, not a well-known password, not the
 * account's own name — no composition rules, which push people to predictable patterns.
 */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

/** The commonest passwords and the site's own words: refused alone or with digits and symbols. */
const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'abc123',
  '123456',
  '111111',
  'iloveyou',
  'admin',
  'welcome',
  'letmein',
  'kaiping',
  'minzheng',
  'payload',
]

export function passwordProblem(
  password: unknown,
  email?: string | null,
  lang = 'zh',
): string | undefined {
  const en = lang === 'en'
  if (typeof password !== 'string') return en ? 'Password required.' : '请输入密码。'
  if (password.length < MIN_PASSWORD_LENGTH)
    return en
      ? `Use at least ${MIN_PASSWORD_LENGTH} characters (a short sentence is easy to remember).`
      : `密码至少 ${MIN_PASSWORD_LENGTH} 个字符（一句好记的短句即可）。`
  if (password.length > MAX_PASSWORD_LENGTH)
    return en
      ? `Use at most ${MAX_PASSWORD_LENGTH} characters.`
      : `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符。`
  const lower = password.toLowerCase()
  const letters = lower.replace(/[^a-z]/g, '')
  const name = email?.split('@')[0]?.toLowerCase()
  if (
    new Set(lower).size < 5 ||
    COMMON.includes(letters) ||
    (name && name.length >= 4 && lower.includes(name))
  )
    return en
      ? 'This password is too easy to guess (a common word, your name, or repeated characters).'
      : '密码太容易被猜到（常见词、账号名或重复字符），请换一个。'
  return undefined
}
