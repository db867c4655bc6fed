import { ref } from 'vue'

/** A one-off message shown on the next page, such as "Decision recorded". */
const message = ref(/** @type {string | null} */ (null))

/** @param {string} text */
export function setFlash(text) {
  message.value = text
}

/** Returns the waiting message, if any, and clears it. */
export function takeFlash() {
  const text = message.value
  message.value = null
  return text
}
