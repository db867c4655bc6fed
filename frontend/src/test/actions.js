/**
 * What a person does to a form, as the browser tells the page: typing, ticking, choosing files.
 */

import { getByLabelText } from './queries.js'

/**
 * Types a value into a text box, or picks it in a select.
 * @param {HTMLElement} el
 * @param {string} value
 */
export function type(el, value) {
  /** @type {HTMLInputElement} */ (el).value = value
  el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'))
}

/**
 * Ticks a checkbox (or unticks it), or chooses a radio.
 * @param {HTMLElement} el
 * @param {boolean} [checked]
 */
export function tick(el, checked = true) {
  /** @type {HTMLInputElement} */ (el).checked = checked
  el.dispatchEvent(new Event('change'))
}

/**
 * Chooses files in a file input.
 * @param {HTMLElement} input
 * @param {File[]} files
 */
export function chooseFiles(input, files) {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}

/**
 * Types a value into the text box (or picks it in the select) with the given label.
 * @param {Element} container
 * @param {string | RegExp} label
 * @param {string} value
 */
export function typeInto(container, label, value) {
  type(getByLabelText(container, label), value)
}
