import { onBeforeUnmount, onMounted, readonly, ref } from 'vue'

const STORAGE_KEY = 'socialgov.shortcuts'

/**
 * Single-key shortcuts can be set off by speech input, so people can turn them off
 * (WCAG 2.1.4). The choice is kept in this browser.
 */
const enabled = ref(readEnabled())

/** Whether shortcuts are on. */
export const shortcutsEnabled = readonly(enabled)

function readEnabled() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off'
  } catch {
    return true
  }
}

/** @param {boolean} on */
export function setShortcutsEnabled(on) {
  enabled.value = on
  try {
    if (on) window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, 'off')
  } catch {
    // Remembered until the page is reloaded.
  }
}

/** Whether the key was pressed while typing somewhere, so it is text rather than a shortcut. @param {EventTarget | null} target */
export function isTyping(target) {
  if (!(target instanceof Element)) return false
  if (target.closest('input, textarea, select')) return true
  const editable = target.closest('[contenteditable]')
  return Boolean(editable && editable.getAttribute('contenteditable') !== 'false')
}

/**
 * Keyboard shortcuts for a page, active while it is shown.
 *
 * Each key ("/", "c") maps to a function; a function that returns false has not
 * handled the key, which then does what it would have done anyway. Keys are ignored
 * while typing in a field, when Ctrl, Alt or Meta is held, and when shortcuts are
 * turned off.
 *
 * @param {Record<string, (event: KeyboardEvent) => boolean | void>} keys
 */
export function useShortcuts(keys) {
  /** @param {KeyboardEvent} event */
  function onKeydown(event) {
    if (!enabled.value || event.defaultPrevented || event.isComposing) return
    if (event.ctrlKey || event.altKey || event.metaKey) return
    if (isTyping(event.target)) return
    const key = event.key?.length === 1 ? event.key.toLowerCase() : event.key
    const handler = Object.hasOwn(keys, key) ? keys[key] : undefined
    if (!handler) return
    if (handler(event) === false) return
    event.preventDefault()
  }

  onMounted(() => document.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown))

  return { enabled: shortcutsEnabled, setEnabled: setShortcutsEnabled }
}
