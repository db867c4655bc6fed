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
