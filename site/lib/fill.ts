/** Fill {placeholders} in a UI string; unknown ones stay visible so a missing value is noticed. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole))
}
