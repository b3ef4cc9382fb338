/** A stored facility (read with locale 'all') back in the content/ shape the schema validates. */
import { LOCALES } from '../../content/schema/common'

type Rec = Record<string, unknown>
type Loc = Partial<Record<(typeof LOCALES)[number], string | null>> | null | undefined

const localized = (v: unknown) => {
  const out: Rec = {}
  for (const l of LOCALES) {
    const s = (v as Loc)?.[l]
    if (typeof s === 'string' && s.trim()) out[l] = s
  }
  return Object.keys(out).length ? out : undefined
}
const localizedList = (v: unknown) => {
  const byLocale = (v ?? {}) as Record<string, { text?: string }[] | null>
  const n = Math.max(0, ...LOCALES.map((l) => byLocale[l]?.length ?? 0))
  return Array.from({ length: n }, (_, i) =>
    localized(Object.fromEntries(LOCALES.map((l) => [l, byLocale[l]?.[i]?.text]))),
  ).filter(Boolean)
}
const num = (v: unknown) => (typeof v === 'number' ? v : undefined)
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
type Source = string | number | { slug?: string | null } | null | undefined
const citation = (c: unknown) => {
  const x = c as { source?: Source; location?: string | null; quote?: string | null } | null
  // the cited policy, populated (depth 1) as a document; the register writes its slug
  const source = typeof x?.source === 'object' ? x.source?.slug : undefined
  if (!source || !x?.location) return undefined
  return { source, location: x.location, ...(x.quote ? { quote: x.quote } : {}) }
}
const strip = (o: Rec): Rec => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k]
  return o
}

export function docToRecord(doc: Rec): Rec {
  const star = doc.starRating as Rec | null
  const med = doc.medicalIntegration as Rec | null
  const fee = doc.monthlyFee as Rec | null
  const vac = doc.vacancies as Rec | null
  const town = doc.town as { slug?: string } | string | null
  return strip({
    slug: doc.slug,
    name: localized(doc.name),
    kind: doc.kind,
    ownership: str(doc.ownership),
    town: typeof town === 'object' && town ? town.slug : undefined,
    address: str((doc.address as Loc)?.['zh-CN']),
    phone: str(doc.phone),
    starRating: num(star?.stars)
      ? strip({ stars: star!.stars, year: str(star!.year), citation: citation(star!.citation) })
      : undefined,
    beds: num(doc.beds),
    nursingBeds: num(doc.nursingBeds),
    medicalIntegration: med?.enabled ? strip({ partner: str(med.partner) }) : undefined,
    services: localizedList(doc.services),
    fees: localized(doc.fees),
    monthlyFee:
      num(fee?.min) !== undefined && num(fee?.max) !== undefined
        ? { min: fee!.min, max: fee!.max }
        : undefined,
    vacancies:
      num(vac?.count) !== undefined
        ? strip({ count: vac!.count, asOf: str(vac!.asOf) })
        : undefined,
    summary: localized(doc.summary),
    citations: ((doc.citations as unknown[]) ?? []).map(citation).filter(Boolean),
  })
}
