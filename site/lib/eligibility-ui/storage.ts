/**
 * Answers kept in this browser tab only (sessionStorage): they survive a reload and are gone
 * when the tab is closed, or at once with "clear my answers". Storage errors (private mode,
 * quota, disabled storage) are swallowed: the questionnaire still works without it.
 */
import type { Answers } from './answers'
import { parseAnswers } from './parse'
import { isView, validView, type View } from './steps'

export const STORAGE_KEY = 'kaiping-eligibility-v1'

export type Saved = { answers: Answers; view: View }

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function loadSaved(storage: StorageLike | undefined): Saved | undefined {
  try {
    const text = storage?.getItem(STORAGE_KEY)
    if (!text) return undefined
    const raw = JSON.parse(text) as { answers?: unknown; view?: unknown }
    const answers = parseAnswers(raw.answers)
    if (!answers) return undefined
    const view = isView(raw.view) ? validView(answers, raw.view) : 'residence'
    return { answers, view }
  } catch {
    return undefined
  }
}

export function save(storage: StorageLike | undefined, state: Saved): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(state))
  } catch {
    // storage full or disabled: keep going without it
  }
}

export function clearSaved(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY)
  } catch {
    // nothing to clear
  }
}
