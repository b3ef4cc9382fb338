/**
 * The browser's pinyin for near misses: toneless syllable → the common characters read that way
 * (GB2312's 6,763 characters, read by pinyin-pro at build time), so the search page can turn a
 * mistyped character into pinyin without shipping pinyin-pro.
 */
import { pinyin } from 'pinyin-pro'
import { normalise } from '../normalise'

export function gb2312Chars(): string[] {
  const decoder = new TextDecoder('gb18030')
  const out: string[] = []
  for (let hi = 0xb0; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (/^[\u4e00-\u9fff]$/.test(ch)) out.push(ch)
    }
  return out
}

/** { syllable: characters } */
export function pinyinTable(): Record<string, string> {
  const table: Record<string, string> = {}
  for (const ch of gb2312Chars()) {
    const sy = normalise(pinyin(ch, { toneType: 'none' }))
    if (/^[a-z]+$/.test(sy)) table[sy] = (table[sy] ?? '') + ch
  }
  return table
}
