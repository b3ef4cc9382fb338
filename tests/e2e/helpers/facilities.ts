/** Shared steps of the care-home finder and comparison tests. */
import type { Page } from 'playwright-core'

export const visibleCards = (page: Page) => page.locator('.results > li:visible')

/** The slugs of the cards a visitor sees. */
export const visibleSlugs = (page: Page) =>
  visibleCards(page).evaluateAll((els) => els.map((e) => e.id.replace(/^fc-/, '')))

/**
 * What the count line says as a screen reader gets it: without JavaScript it is drawn by a CSS
 * counter, which only the accessibility tree resolves.
 */
export async function countText(page: Page): Promise<string> {
  const own = await page.locator('.finder .count').textContent()
  if (own) return own
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value?: string }
      name?: { value?: string }
      parentId?: string
      nodeId: string
    }[]
  }
  await cdp.detach()
  const status = nodes.find((n) => n.role?.value === 'status')
  const texts = nodes.filter(
    (n) => n.role?.value === 'StaticText' && isBelow(nodes, n, status?.nodeId),
  )
  return texts.map((n) => n.name?.value ?? '').join('')
}
const isBelow = (
  nodes: { nodeId: string; parentId?: string }[],
  n: { parentId?: string },
  id: string | undefined,
): boolean => {
  let p = n.parentId
  while (p) {
    if (p === id) return true
    p = nodes.find((x) => x.nodeId === p)?.parentId
  }
  return false
}

/** The comparison as a visitor reads it: column heads and each row's label and cells. */
export const compareTable = (page: Page) =>
  page.locator('.cmp-table').evaluate((t: HTMLTableElement) => ({
    heads: [...t.tHead!.rows[0].querySelectorAll('th')].map((th) => th.textContent),
    rows: [...t.tBodies[0].rows].map((r) => ({
      label: r.cells[0].firstChild?.textContent,
      differs: r.classList.contains('differs'),
      cells: [...r.cells].slice(1).map((c) => c.textContent),
    })),
  }))

export const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
