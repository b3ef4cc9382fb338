/**
 * Dashboard panel (admin.components.beforeDashboard): the public site's last rebuild — when,
 * full or partial, how long — and, as an alert, a rebuild that failed (the public still sees
 * the previous site). A server component: it reads the rebuilder's status file (cms/siteStatus.ts).
 */
import type { ServerProps } from 'payload'
import React from 'react'
import { staffLang } from '../facility-register/messages'
import { readRebuildStatus } from '../siteStatus'
import { errorLabel, statusPanel } from '../siteStatusText'

const BOX: Record<'ok' | 'failed' | 'none', React.CSSProperties> = {
  failed: {
    border: '2px solid var(--theme-error-500)',
    background: 'var(--theme-error-100)',
    padding: '1rem 1.25rem',
    borderRadius: '4px',
  },
  ok: { borderLeft: '4px solid var(--theme-success-500)', paddingLeft: '1rem' },
  none: { borderLeft: '4px solid var(--theme-elevation-400)', paddingLeft: '1rem' },
}

export function SiteStatus({ i18n, user }: ServerProps) {
  if (!user) return null
  const lang = staffLang(i18n?.language)
  const panel = statusPanel(readRebuildStatus(), lang)
  return (
    <section
      style={{ marginBottom: '2rem' }}
      aria-labelledby="site-status-title"
      data-site-status={panel.tone}
    >
      <h2 id="site-status-title">{panel.title}</h2>
      <div style={BOX[panel.tone]} role={panel.tone === 'failed' ? 'alert' : undefined}>
        <p>
          <strong>{panel.headline}</strong>
        </p>
        {panel.details.map((d) => (
          <p key={d}>{d}</p>
        ))}
        {panel.error && (
          <>
            <p>{errorLabel(lang)}</p>
            <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{panel.error}</pre>
          </>
        )}
      </div>
    </section>
  )
}
