/**
 * One-to-many conversion errors in Traditional Chinese (Hong Kong usage): one Simplified
 * character stands for two or more Traditional ones (发 → 發/髮, 后 → 後/后, 面 → 面/麵 …),
 * and a converter or a tired editor picks the wrong one — 發放 written 髮放 because OpenCC
 * reads 保障金发放 as 金髮 (blond). Two checks:
 *
 * 1. Known traps: the rarer character of each pair is accepted only in the words it belongs
 *    to (髮 in 頭髮, 理髮 …), and 裡 (Taiwan form) not at all — Hong Kong writes 裏.
 * 2. Parallel text: where the zh-CN text and the zh-Hant text line up clause by clause, the
 *    zh-Hant text is compared with OpenCC's cn → hk conversion; a character of a trap pair that
 *    differs is reported when OpenCC's choice is a word the trap list accepts (頭發 → 頭髮).
 */
import * as OpenCC from 'opencc-js'

type Trap = {
  char: string
  /** The pair it belongs to (the other characters the same Simplified character becomes). */
  group: string
  /** The words where `char` is right. Everything else is a trap. */
  ok: RegExp
}

const NEVER = /(?!)/

export const HANT_TRAPS: readonly Trap[] = [
  {
    char: '髮',
    group: '發髮',
    ok: /(?:頭|理|毛|白|黑|假|剪|洗|護|脫|束|染|燙)髮|髮(?:型|廊|夾|膠|絲|際|鬢)/,
  },
  { char: '后', group: '後后', ok: /(?:皇|太|王|天|影)后|后(?:土|妃)/ },
  { char: '裡', group: '裏裡', ok: NEVER },
  { char: '麵', group: '面麵麪', ok: /麵(?:條|包|粉|食|館|團)|(?:拉|湯|米|炒|意|粉)麵/ },
  { char: '麪', group: '面麵麪', ok: /麪(?:條|包|粉|食|館|團)|(?:拉|湯|米|炒|意|粉)麪/ },
  { char: '松', group: '鬆松', ok: /松(?:樹|柏|林|山|鼠|子|針|江|濤)|(?:青|古|雪|蒼)松/ },
  {
    char: '乾',
    group: '乾幹干',
    ok: /乾(?:淨|燥|旱|涸|糧|貨|杯|脆|坤|隆|癟)|(?:餅|曬|風|烘|晾|吹)乾/,
  },
  {
    char: '幹',
    group: '乾幹干',
    ok: /幹(?:部|事|線|道|流|勁|活|練|警|嘛)|(?:骨|主|樹|能|才|苦|實|精|軀|肯)幹/,
  },
  { char: '干', group: '乾幹干', ok: /干(?:預|擾|涉|戈|係)|(?:若|相|不相)干/ },
  {
    char: '著',
    group: '着著',
    ok: /著(?:名|作|述|者|稱|錄)|(?:顯|土|原|專|名|巨|論|編|遺|昭)著/,
  },
  { char: '于', group: '於于', ok: NEVER },
]

const TRAP = new Map(HANT_TRAPS.map((t) => [t.char, t]))
const GROUP_OF = new Map(HANT_TRAPS.flatMap((t) => [...t.group].map((c) => [c, t.group])))

/** Whether the character at `i` of `text` is a trap character outside the words it belongs to. */
function misplaced(text: string, i: number): boolean {
  const trap = TRAP.get(text[i])
  if (!trap) return false
  const around = text.slice(Math.max(0, i - 2), i + 3)
  const offset = Math.min(i, 2)
  for (const m of around.matchAll(new RegExp(trap.ok.source, 'g'))) {
    if (m.index <= offset && offset < m.index + m[0].length) return false
  }
  return true
}

const context = (text: string, i: number) => text.slice(Math.max(0, i - 3), i + 4)

/** Check 1: every trap character outside its words. */
export function trapProblems(hant: string): string[] {
  const out: string[] = []
  for (let i = 0; i < hant.length; i++) {
    if (misplaced(hant, i)) out.push(`${hant[i]} in "${context(hant, i)}"`)
  }
  return out
}

let toHk: ((s: string) => string) | undefined
const hk = (s: string) => (toHk ??= OpenCC.Converter({ from: 'cn', to: 'hk' }))(s)
let toT: ((s: string) => string) | undefined
let toTw: ((s: string) => string) | undefined
const traditional = (s: string) => (toT ??= OpenCC.Converter({ from: 'cn', to: 't' }))(s)
const taiwan = (s: string) => (toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(s)
const CLAUSE = /[，。；：、！？「」『』（）()《》“”\s]/

/** Check 2: against OpenCC's conversion of the zh-CN text, clause by clause where they line up. */
export function parallelProblems(zhCN: string, hant: string): string[] {
  const expected = hk(zhCN).split(CLAUSE)
  const actual = hant.split(CLAUSE)
  if (expected.length !== actual.length) return []
  const out: string[] = []
  expected.forEach((want, k) => {
    const got = actual[k]
    if (want.length !== got.length) return
    for (let i = 0; i < got.length; i++) {
      const group = GROUP_OF.get(got[i])
      if (want[i] === got[i] || !group || !group.includes(want[i])) continue
      // A misplaced trap character is check 1's; OpenCC's choice counts only where it is a
      // word the trap list accepts (頭髮, not 金髮放).
      if (!TRAP.has(got[i]) && TRAP.has(want[i]) && !misplaced(want, i))
        out.push(`${got[i]} in "${context(got, i)}" (OpenCC: ${want[i]})`)
    }
  })
  return out
}

/** Both checks on one localized text; trap characters are reported once. */
export function hantProblems(zhCN: string | undefined, hant: string): string[] {
  return [...trapProblems(hant), ...(zhCN ? parallelProblems(zhCN, hant) : [])]
}

/**
 * Characters that are right in Traditional text in some words although OpenCC changes them
 * when they stand alone: 裏 is Hong Kong's own form (see 裡 above), 台 (這台), 核 (審核), 周 (周年),
 * 准 (批准), 占 (占卜), 游 (上游), 干 (若干). Which one a word needs is the trap list's job.
 */
const RIGHT_IN_SOME_WORDS = new Set([...'裏台核周准占游干'])

/**
 * The Simplified characters in a zh-Hant text: those that OpenCC's standard, Hong Kong and
 * Taiwan tables all change (so 床/牀, 群/羣, 兑/兌 and 户/戶, written either way in Hong Kong, pass).
 */
export function simplifiedChars(hant: string): string[] {
  return [...hant].filter(
    (ch) =>
      /[\u3400-\u9fff]/.test(ch) &&
      !RIGHT_IN_SOME_WORDS.has(ch) &&
      traditional(ch) !== ch &&
      hk(ch) !== ch &&
      taiwan(ch) !== ch,
  )
}
