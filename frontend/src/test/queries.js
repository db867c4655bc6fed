/**
 * Small helpers to find elements as a person (or a screen reader) would:
 * by their label, role and accessible name. Enough for this app's markup.
 */

/** @param {string | null | undefined} text */
const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim()

/** An element's text, as it reads: white space squashed. @param {Element} el */
export const text = (el) => squash(el.textContent)

/** @param {Element} el */
function labelText(el) {
  const labelledBy = el.getAttribute('aria-labelledby')
  if (labelledBy) {
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => el.ownerDocument.getElementById(id)?.textContent)
        .join(' '),
    )
  }
  const ariaLabel = el.getAttribute('aria-label')
  if (ariaLabel) return squash(ariaLabel)
  if (el.id) {
    const label = [...el.ownerDocument.querySelectorAll('label[for]')].find(
      (l) => /** @type {HTMLLabelElement} */ (l).htmlFor === el.id,
    )
    if (label) return squash(label.textContent)
  }
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend')
    if (legend) return squash(legend.textContent)
  }
  if (el.tagName === 'TABLE') {
    const caption = el.querySelector(':scope > caption')
    if (caption) return squash(caption.textContent)
  }
  return null
}

/** The accessible name, roughly. @param {Element} el */
export function accessibleName(el) {
  return labelText(el) ?? squash(el.textContent)
}

const ROLE_SELECTORS = {
  button: 'button, [role="button"], input[type="submit"], input[type="button"]',
  link: 'a[href]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="password"], textarea',
  radio: 'input[type="radio"]',
  checkbox: 'input[type="checkbox"]',
  combobox: 'select',
  group: 'fieldset, [role="group"]',
  table: 'table',
  row: 'tr',
  alert: '[role="alert"]',
  main: 'main',
  navigation: 'nav',
  region: 'section[aria-labelledby], section[aria-label], [role="region"]',
}

/**
 * @param {Element} container
 * @param {keyof typeof ROLE_SELECTORS} role
 * @param {{ name?: string | RegExp, level?: number }} [options]
 */
export function queryAllByRole(container, role, { name, level } = {}) {
  const selector = ROLE_SELECTORS[role]
  if (!selector) throw new Error(`Unknown role ${role}`)
  // Every role here is played by an HTML element.
  return [.../** @type {NodeListOf<HTMLElement>} */ (container.querySelectorAll(selector))].filter((el) => {
    if (level && el.tagName !== `H${level}`) return false
    if (name === undefined) return true
    const actual = accessibleName(el)
    return name instanceof RegExp ? name.test(actual) : actual === name
  })
}

/**
 * @param {Element} container
 * @param {keyof typeof ROLE_SELECTORS} role
 * @param {{ name?: string | RegExp, level?: number }} [options]
 */
export function getByRole(container, role, options = {}) {
  const found = queryAllByRole(container, role, options)
  if (found.length !== 1) {
    throw new Error(`Expected one ${role} named ${options.name ?? '(any)'}, found ${found.length}`)
  }
  return found[0]
}

/**
 * The form control whose label (or legend, for a group) is the given text. Given the kind of
 * control expected (HTMLInputElement, HTMLSelectElement…), it checks the control is one, and the
 * type check knows it.
 * @template {HTMLElement} [E=HTMLElement]
 * @param {Element} container
 * @param {string | RegExp} text
 * @param {{ new (): E, prototype: E }} [kind]
 * @returns {E}
 */
export function getByLabelText(container, text, kind) {
  const matches = (/** @type {string} */ t) => (text instanceof RegExp ? text.test(t) : t === text)
  const found = []
  for (const label of /** @type {NodeListOf<HTMLLabelElement>} */ (container.querySelectorAll('label[for]'))) {
    if (matches(squash(label.textContent))) {
      const control = label.ownerDocument.getElementById(label.htmlFor)
      if (control && container.contains(control)) found.push(control)
    }
  }
  for (const el of container.querySelectorAll('[aria-label]')) {
    if (matches(squash(el.getAttribute('aria-label')))) found.push(el)
  }
  if (found.length !== 1) throw new Error(`Expected one control labelled ${text}, found ${found.length}`)
  if (kind && !(found[0] instanceof kind)) throw new Error(`Expected the control labelled ${text} to be a ${kind.name}`)
  return /** @type {E} */ (found[0])
}

/**
 * Whether the page says this text somewhere (whitespace squashed).
 * @param {Element} container
 * @param {string} text
 */
export function hasText(container, text) {
  return squash(container.textContent).includes(text)
}

/**
 * Waits until the check passes (or throws after a while), letting promises and
 * Vue updates run in between.
 * @template T
 * @param {() => T} check
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function waitFor(check, timeoutMs = 2000) {
  const start = Date.now()
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
}

/**
 * The section a level 2 heading heads.
 * @param {Element} root
 * @param {string} name the heading's words
 */
export function section(root, name) {
  return /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name }).closest('section'))
}

/**
 * The text of each cell of each row of a table's body.
 * @param {Element} table
 */
export const bodyRows = (table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text))

/**
 * The rows of the summary lists in an element, as key -> value.
 * @param {Element} container
 */
export const summaryRows = (container) =>
  Object.fromEntries(
    [...container.querySelectorAll('.summary-list__row')].map((row) => [
      text(/** @type {Element} */ (row.querySelector('dt'))),
      text(/** @type {Element} */ (row.querySelector('dd'))),
    ]),
  )
