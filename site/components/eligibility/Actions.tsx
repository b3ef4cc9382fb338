/** Result actions: change answers, copy the link (answers in the fragment), print, clear. */
import { useState, type ReactNode } from 'react'
import { useUi } from './strings'

type Props = { onEdit: () => void; clearButton: ReactNode }

export function Actions({ onEdit, clearButton }: Props) {
  const { t } = useUi()
  const [shared, setShared] = useState<'copied' | 'manual' | undefined>()
  const [url, setUrl] = useState('')
  const copy = async () => {
    const link = location.href
    setUrl(link)
    try {
      await navigator.clipboard.writeText(link)
      setShared('copied')
    } catch {
      setShared('manual')
    }
  }
  return (
    <div className="elig-actions">
      <div className="elig-buttons">
        <button type="button" className="elig-button" onClick={() => window.print()}>
          {t('elig.actions.print')}
        </button>
        <button type="button" className="elig-button elig-secondary" onClick={copy}>
          {t('elig.actions.share')}
        </button>
        <button type="button" className="elig-button elig-secondary" onClick={onEdit}>
          {t('elig.actions.edit')}
        </button>
        {clearButton}
      </div>
      <div role="status" className="elig-share-status">
        {shared === 'copied' && <p>{t('elig.actions.copied')}</p>}
        {shared === 'manual' && (
          <p>
            <label htmlFor="elig-share-url">{t('elig.actions.copyManually')}</label>
            <input
              id="elig-share-url"
              className="elig-input elig-url"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
            />
          </p>
        )}
      </div>
      <p className="elig-hint">{t('elig.share.note')}</p>
    </div>
  )
}
