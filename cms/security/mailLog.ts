/**
 * The embedded mode's e-mail: nothing is sent; each message (a password-reset link, say) is
 * appended to DATA_DIR/mail.log, readable only by the operator, and the console says so.
 * Production sends real mail through SMTP (docs/security.md, @payloadcms/email-nodemailer).
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { EmailAdapter } from 'payload'
import { dataDir } from '../paths'
import { forLog } from './client'

export const mailLogFile = () => path.join(dataDir(), 'mail.log')

const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])

export const mailLogAdapter: EmailAdapter = ({ payload }) => ({
  name: 'mail-log',
  defaultFromAddress: process.env.MAIL_FROM ?? 'cms@kaiping.localhost',
  defaultFromName: '开平民政 CMS',
  sendEmail: async (message) => {
    const to = forLog(JSON.stringify(message.to))
    const html = String(message.html ?? message.text ?? '')
    const entry = [
      `--- ${new Date().toISOString()} to ${to}`,
      `subject: ${forLog(message.subject)}`,
      ...links(html).map((l) => `link: ${forLog(l, 2000)}`),
      '',
    ].join('\n')
    mkdirSync(dataDir(), { recursive: true })
    appendFileSync(mailLogFile(), entry, { mode: 0o600 })
    payload.logger.info(
      `[mail] not sent (no SMTP in the embedded mode): to ${to}, written to ${mailLogFile()}`,
    )
  },
})
