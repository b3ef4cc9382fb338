/** Reading and writing the register as CSV (UTF-8) or XLSX, through exceljs. */
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { HEADERS } from './columns'
import type { RegisterRow } from './importRegister'
import { messages, type StaffLang } from './messages'

export type Format = 'csv' | 'xlsx'
export const formatOf = (filename: string): Format | undefined =>
  /\.xlsx$/i.test(filename) ? 'xlsx' : /\.csv$/i.test(filename) ? 'csv' : undefined

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue)
    if ('text' in v) return String(v.text)
    return ''
  }
  return String(v)
}

/** Rows keyed by header; row numbers as the spreadsheet shows them (the header is row 1). */
export async function readRegister(
  data: Buffer,
  format: Format,
  lang: StaffLang,
): Promise<{ rows: RegisterRow[]; problems: string[] }> {
  const m = messages(lang)
  const book = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet
  if (format === 'csv') {
    const text = data.toString('utf8')
    if (text.includes('\uFFFD')) return { rows: [], problems: [m.encoding] }
    // keep every cell as the text typed: no number or date guessing
    sheet = await book.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), {
      map: (v: string) => v,
    } as never)
  } else {
    await book.xlsx.load(data as never)
    sheet = book.worksheets[0]
  }
  const headers: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col] = cellText(cell.value).trim()
  })
  const problems = [
    ...HEADERS.filter((h) => h === 'slug' || h === 'name_zh-CN')
      .filter((h) => !headers.includes(h))
      .map(m.noHeader),
    ...headers.filter((h) => h && !HEADERS.includes(h)).map(m.unknownHeader),
  ]
  const rows: RegisterRow[] = []
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return
    const cells: Record<string, string> = {}
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      if (headers[col]) cells[headers[col]] = cellText(cell.value)
    })
    if (Object.values(cells).some((v) => v.trim())) rows.push({ row: n, cells })
  })
  return { rows, problems }
}

/** The register in the import's shape. CSV gets a BOM so Excel reads the Chinese right. */
export async function writeRegister(rows: Record<string, string>[], format: Format) {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('facilities')
  sheet.addRow(HEADERS)
  for (const r of rows) sheet.addRow(HEADERS.map((h) => r[h] ?? ''))
  if (format === 'xlsx') return Buffer.from(await book.xlsx.writeBuffer())
  const csv = Buffer.from(await book.csv.writeBuffer())
  return Buffer.concat([Buffer.from('\uFEFF'), csv])
}
