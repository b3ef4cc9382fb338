'use client'
/**
 * Beside the edit view's Publish button: after a publish in this view, "updating the public
 * site…" until the rebuild that includes it has finished, then its outcome (the dashboard's
 * words: when, full or partial, or — as an alert — that it failed and the public still sees
 * the previous site). Polls GET /api/site-status (cms/endpoints/siteStatus.ts).
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { staffLang } from '../facility-register/messages'
import type { RebuildStatus } from '../siteStatus'
import { publishNote, statusPanel, type StatusPanel } from '../siteStatusText'

const EVERY_MS = 2000
const GIVE_UP_MS = 180_000

export function PublishStatus() {
  const { savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = staffLang(i18n.language)
  const published =
    savedDocumentData?._status === 'published' ? String(savedDocumentData.updatedAt) : undefined
  // what was already published when the view opened is not "a publish in this view"
  const opened = useRef(published)
  const [note, setNote] = useState<StatusPanel | 'waiting' | 'late' | null>(null)

  useEffect(() => {
    if (!published || published === opened.current) return
    let stopped = false
    setNote('waiting')
    const url = `${config.serverURL ?? ''}${config.routes.api}/site-status`
    const t0 = Date.now()
    const poll = async () => {
      while (!stopped) {
        const status = (await fetch(url, { credentials: 'include' })
          .then((r) => (r.ok ? r.json() : undefined))
          .catch(() => undefined)) as RebuildStatus | null | undefined
        if (stopped) return
        // null: no rebuild is recorded here (a deploy hook rebuilds the site): say so
        if (status === null) return setNote(statusPanel(undefined, lang))
        // the first rebuild that began after this publish includes it
        if (status?.startedAt && status.startedAt >= published)
          return setNote(statusPanel(status, lang))
        if (Date.now() - t0 > GIVE_UP_MS) return setNote('late')
        await new Promise((r) => setTimeout(r, EVERY_MS))
      }
    }
    void poll()
    return () => {
      stopped = true
    }
  }, [published, config.serverURL, config.routes.api, lang])

  if (!note) return null
  const text = publishNote(lang)
  const tone = typeof note === 'string' ? note : note.tone
  // one live region, so each change is announced; a failure inside it is an alert
  return (
    <div role="status" className="publish-status" data-publish-status={tone}>
      {note === 'waiting' || note === 'late' ? (
        <span>{note === 'waiting' ? text.waiting : text.late}</span>
      ) : (
        <span
          role={note.tone === 'failed' ? 'alert' : undefined}
          style={
            note.tone === 'failed'
              ? { border: '2px solid var(--theme-error-500)', padding: '0.25rem 0.5rem' }
              : undefined
          }
        >
          <strong>{note.headline}</strong> {note.details[0]}
        </span>
      )}
    </div>
  )
}
