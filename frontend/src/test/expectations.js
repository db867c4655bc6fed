/**
 * Checks that several specs make in the same words, kept in one place so that each spec says
 * only what differs.
 */
import { expect } from 'vitest'
import { type } from './actions.js'
import { getByLabelText, getByRole, hasText, waitFor } from './queries.js'

/**
 * Waits for the success banner and checks it says Success and the message.
 * @param {Element} root
 * @param {string} message
 */
export async function successBanner(root, message) {
  const banner = await waitFor(() => getByRole(root, 'alert'))
  expect(hasText(banner, 'Success')).toBe(true)
  expect(hasText(banner, message)).toBe(true)
  return banner
}

/**
 * Gives the reason for a step that cannot be undone, in its text area, and presses its button,
 * checking the button warns.
 * @param {Element} section
 * @param {{ label: string, reason: string, button: string }} step
 */
export function confirmWithReason(section, { label, reason, button }) {
  const box = getByLabelText(section, label)
  expect(box.tagName).toBe('TEXTAREA')
  type(box, reason)
  const pressed = getByRole(section, 'button', { name: button })
  expect(pressed.classList.contains('button--warning')).toBe(true)
  pressed.click()
}

/**
 * Checks the error summary links to the field with this label (its href is the field's id), and
 * that the field says it is wrong. Gives the field.
 * @param {Element} root the page, with the error summary
 * @param {Element} container where the field is
 * @param {{ message: string, label: string, id: string }} problem
 */
export async function errorLinksToField(root, container, { message, label, id }) {
  const summary = await waitFor(() => getByRole(root, 'alert'))
  const link = getByRole(summary, 'link', { name: message })
  expect(link.getAttribute('href')).toBe(`#${id}`)
  const field = getByLabelText(container, label)
  expect(field.id).toBe(id)
  await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
  return field
}

/**
 * Waits for the error summary and checks that its link with these words goes to `href`.
 * Gives the summary.
 * @param {Element} root
 * @param {string | RegExp} message
 * @param {string} href
 */
export async function errorSummaryLink(root, message, href) {
  const summary = await waitFor(() => getByRole(root, 'alert'))
  expect(getByRole(summary, 'link', { name: message }).getAttribute('href')).toBe(href)
  return summary
}

/**
 * Checks the page's main heading, and that the window title is that heading and the service name.
 * @param {Element} page
 * @param {string} heading
 */
export function expectTitled(page, heading) {
  expect(getByRole(page, 'heading', { level: 1 }).textContent).toBe(heading)
  expect(document.title).toBe(`${heading} – SocialGov`)
}
