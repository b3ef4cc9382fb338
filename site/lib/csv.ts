/** CSV as Excel opens it without asking: RFC 4180 quoting, CRLF, UTF-8 with a byte-order mark. */
export const BOM = '\uFEFF'

export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value)
  // a leading = + - @ would make a spreadsheet run it as a formula; the plan has none, but keep it text
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const toCsv = (rows: (string | number | null | undefined)[][]): string =>
  BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
