// Headless Chromium from the machine (Debian's chromium, or CHROME_PATH), driven by playwright-core,
// with axe-core run in each page and every console error or CSP violation collected.
import { readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium'

/** The WCAG 2.2 AA rules every page must pass (docs/accessibility.md). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function launchBrowser() {
  if (!existsSync(CHROME)) {
    throw new Error(`Browser tests need Chromium at ${CHROME}: install it (Debian: apt-get install chromium) or set CHROME_PATH`)
  }
  return chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
}

/** A new page that records console errors and page errors (a CSP violation is a console error). */
export async function openPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' })
  const page = await context.newPage()
  const problems = []
  page.on('console', (message) => {
    // The first /api/me before signing in answers 401 by design; anything else is a fault.
    if (message.type() === 'error' && !message.text().includes('401')) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(String(error)))
  return { page, problems, close: () => context.close() }
}

/** Runs axe in the page (through the DevTools protocol, so the page's CSP stays strict) and returns violations. */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE)
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const report = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return report.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  }, AXE_TAGS)
  return result
}

export async function signIn(page, baseUrl, username, password = 'council-demo-2026') {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { name: 'Your tasks' }).waitFor()
}
