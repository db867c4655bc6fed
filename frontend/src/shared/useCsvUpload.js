import { computed, ref, shallowRef, watch } from 'vue'
import { ApiError } from './apiClient.js'
import { plural } from './labels.js'

/**
 * A CSV file chosen in a FileField and sent as text, for imports the server checks row by row. No
 * file, or one too large, is said at once without sending it. When the server lists bad rows, each
 * goes in the error summary pointing at the file, with one message beside it saying nothing was
 * done; a whole-file problem goes beside the file.
 *
 * @param {{ field: string, maxBytes: number, tooLarge: string, missing: string, nothingDone: string,
 *   errors: ReturnType<typeof import('./useFormErrors.js').useFormErrors> }} options
 *   `nothingDone` ends "The file has 2 problems: …", e.g. "nothing was imported".
 */
export function useCsvUpload({ field, maxBytes, tooLarge, missing, nothingDone, errors }) {
  const { summary, setErrors, setFromError, errorFor } = errors
  /** The FileField, to clear once its file has been sent. */
  const input = ref(/** @type {{ clear: () => void } | null} */ (null))
  const file = shallowRef(/** @type {File | null} */ (null))
  const rowsError = ref(/** @type {string | null} */ (null))
  const busy = ref(false)
  const error = computed(() => errorFor(field) ?? rowsError.value)

  // The message beside the file goes when the summary does.
  watch(
    () => summary.value.length,
    (count) => {
      if (count === 0) rowsError.value = null
    },
  )

  /** @param {Event} event the FileField's change */
  function onChange(event) {
    const files = /** @type {HTMLInputElement} */ (event.target).files
    file.value = files && files.length ? files[0] : null
  }

  /** @param {string} message */
  const problem = (message) => setErrors([{ field, message }])

  /**
   * Sends the file's text; resolves with the answer, or null when it was not sent or was refused.
   * @template T
   * @param {(text: string) => Promise<T>} send
   * @returns {Promise<T | null>}
   */
  async function upload(send) {
    if (busy.value) return null
    rowsError.value = null
    if (!file.value) {
      problem(missing)
      return null
    }
    if (file.value.size > maxBytes) {
      problem(tooLarge)
      return null
    }
    busy.value = true
    try {
      return await send(await file.value.text())
    } catch (failure) {
      if (failure instanceof ApiError && failure.errors.length > 0) {
        setErrors(failure.errors.map((e) => ({ field: null, message: e.message, href: `#${field}` })))
        rowsError.value = `The file has ${plural(failure.errors.length, 'problem')}: ${nothingDone}`
      } else if (failure instanceof ApiError && failure.status === 413) {
        problem(tooLarge)
      } else if (failure instanceof ApiError && failure.status === 400 && (failure.detail || failure.title)) {
        problem(/** @type {string} */ (failure.detail || failure.title))
      } else {
        setFromError(failure)
      }
      return null
    } finally {
      busy.value = false
    }
  }

  /** Forgets the file once it has been sent. */
  function clear() {
    file.value = null
    input.value?.clear()
  }

  return { input, file, error, busy, onChange, upload, clear }
}
