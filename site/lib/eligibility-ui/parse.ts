/**
 * Validate answers restored from a shared link or from sessionStorage. Anything unexpected —
 * an unknown key, a value out of range, a wrong type — rejects the whole set (undefined).
 */
import {
  CHILD_ANSWERS,
  EMERGENCY_ANSWERS,
  GRADES,
  KIND_ANSWERS,
  MAX_AGE,
  MAX_INCOME,
  MAX_SIZE,
  RESIDENCE_ANSWERS,
  SITUATIONS,
  TRI,
  type Answers,
  type MemberAnswer,
} from './answers'

class Invalid extends Error {}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function only(o: Obj, keys: readonly string[]): void {
  if (Object.keys(o).some((k) => !keys.includes(k))) throw new Invalid()
}

/** undefined stays undefined; otherwise the value must pass `ok`. */
function opt<T>(v: unknown, ok: (v: unknown) => v is T): T | undefined {
  if (v === undefined) return undefined
  if (!ok(v)) throw new Invalid()
  return v
}

const oneOf =
  <T extends string | number>(list: readonly T[]) =>
  (v: unknown): v is T =>
    (list as readonly unknown[]).includes(v)
const intIn =
  (min: number, max: number) =>
  (v: unknown): v is number | 'unknown' =>
    v === 'unknown' || (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max)
const amount = (v: unknown): v is number | 'unknown' =>
  v === 'unknown' || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_INCOME)
const situations = (v: unknown): v is MemberAnswer['situations'] =>
  v === 'none' ||
  v === 'unknown' ||
  (Array.isArray(v) && v.length > 0 && new Set(v).size === v.length && v.every(oneOf(SITUATIONS)))

/** Drop undefined values, so a parsed set equals the one that was saved. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function member(raw: unknown): MemberAnswer {
  if (!isObj(raw)) throw new Invalid()
  only(raw, ['age', 'situations', 'grade', 'kind'])
  return compact({
    age: opt(raw.age, intIn(0, MAX_AGE)),
    situations: opt(raw.situations, situations),
    grade: opt(raw.grade, oneOf<(typeof GRADES)[number] | 'unknown'>([...GRADES, 'unknown'])),
    kind: opt(raw.kind, oneOf(KIND_ANSWERS)),
  })
}

export function parseAnswers(raw: unknown): Answers | undefined {
  try {
    if (!isObj(raw) || !Array.isArray(raw.members) || raw.members.length > MAX_SIZE)
      return undefined
    only(raw, [
      'residence',
      'size',
      'members',
      'income',
      'assets',
      'supporter',
      'child',
      'emergency',
      'bereavement',
      'stranded',
    ])
    return compact({
      residence: opt(raw.residence, oneOf(RESIDENCE_ANSWERS)),
      size: opt(raw.size, intIn(1, MAX_SIZE)),
      members: raw.members.map(member),
      income: opt(raw.income, amount),
      assets: opt(raw.assets, oneOf(TRI)),
      supporter: opt(raw.supporter, oneOf(TRI)),
      child: opt(raw.child, oneOf(CHILD_ANSWERS)),
      emergency: opt(raw.emergency, oneOf(EMERGENCY_ANSWERS)),
      bereavement: opt(raw.bereavement, oneOf(TRI)),
      stranded: opt(raw.stranded, oneOf(TRI)),
    })
  } catch (err) {
    if (err instanceof Invalid) return undefined
    throw err
  }
}
