/**
 * The search page's only eager script (a few hundred bytes): shows the results region and, only
 * when the URL carries a query, loads the engine and the index code.
 */
export function boot(): void {
  const app = document.getElementById('search-app')
  const input = document.getElementById('search-q') as HTMLInputElement | null
  if (!app || !input) return
  app.hidden = false
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  input.value = q
  if (!q) return
  document.getElementById('search-zero')!.hidden = true
  import('./run').then(
    (m) => m.start(app),
    () => (document.getElementById('search-zero')!.hidden = false),
  )
}
