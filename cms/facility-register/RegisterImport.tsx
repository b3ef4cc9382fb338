'use client'
/**
 * Above the facilities list: upload the register (CSV or XLSX), preview, import, and read the
 * report; download the register in the same shape.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState, type FormEvent } from 'react'
import type { ImportReport } from './importRegister'

const TEXT = {
  zh: {
    title: '机构登记表导入与导出',
    file: '登记表文件（CSV UTF-8 或 XLSX）',
    preview: '预览',
    import: '导入',
    exportCsv: '导出 CSV',
    exportXlsx: '导出 XLSX',
    created: '新建',
    updated: '更新',
    unchanged: '无变化',
    refused: '未通过的行',
    row: '行',
    changes: '变化的列',
    working: '处理中…',
  },
  en: {
    title: 'Facility register: import and export',
    file: 'Register file (CSV UTF-8 or XLSX)',
    preview: 'Preview',
    import: 'Import',
    exportCsv: 'Export CSV',
    exportXlsx: 'Export XLSX',
    created: 'Created',
    updated: 'Updated',
    unchanged: 'Unchanged',
    refused: 'Refused rows',
    row: 'Row',
    changes: 'Changed columns',
    working: 'Working…',
  },
}

export function RegisterImport() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const x = TEXT[i18n.language === 'en' ? 'en' : 'zh']
  const base = `${config.serverURL ?? ''}${config.routes.api}/facilities/register`
  const [report, setReport] = useState<Partial<ImportReport> | null>(null)
  const [busy, setBusy] = useState(false)
  // until React has hydrated, a click would submit the form natively and reload the list
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  const send = async (e: FormEvent<HTMLFormElement>, dryRun: boolean) => {
    e.preventDefault()
    setBusy(true)
    const res = await fetch(`${base}/import${dryRun ? '?dryRun=1' : ''}`, {
      method: 'POST',
      body: new FormData(e.currentTarget),
      credentials: 'include',
    })
    setReport((await res.json()) as ImportReport)
    setBusy(false)
  }
  const list = (label: string, items: ImportReport['created'] | undefined) =>
    items && items.length > 0 ? (
      <details>
        <summary>
          {label}：{items.length}
        </summary>
        <ul>
          {items.map((i) => (
            <li key={`${i.row}-${i.slug}`}>
              {x.row} {i.row} · {i.name} ({i.slug})
              {i.changes?.length ? ` — ${x.changes}：${i.changes.join(', ')}` : ''}
            </li>
          ))}
        </ul>
      </details>
    ) : null

  return (
    <section className="register-import" aria-labelledby="register-import-h">
      <h2 id="register-import-h">{x.title}</h2>
      <form
        onSubmit={(e) => {
          const dry = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'preview'
          void send(e, dry)
        }}
      >
        <label>
          {x.file} <input type="file" name="file" accept=".csv,.xlsx" required />
        </label>{' '}
        <button type="submit" value="preview" disabled={busy || !ready}>
          {x.preview}
        </button>{' '}
        <button type="submit" value="import" disabled={busy || !ready}>
          {x.import}
        </button>{' '}
        <a href={`${base}/export?format=csv`}>{x.exportCsv}</a>{' '}
        <a href={`${base}/export?format=xlsx`}>{x.exportXlsx}</a>
      </form>
      <div role="status">
        {busy && <p>{x.working}</p>}
        {report && !busy && (
          <>
            <p>
              <strong>{report.message}</strong>
            </p>
            {report.refused && report.refused.length > 0 && (
              <>
                <h3>{x.refused}</h3>
                <ul>
                  {report.refused.map((r) => (
                    <li key={r.row}>
                      {x.row} {r.row}
                      {r.slug ? ` (${r.slug})` : ''}：{r.reasons.join('；')}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {list(x.created, report.created)}
            {list(x.updated, report.updated)}
            {list(x.unchanged, report.unchanged)}
          </>
        )}
      </div>
    </section>
  )
}
