import { ref } from 'vue'

/**
 * A list read from a feature's API, as ListTable.vue shows it: `items` is null until it has been
 * read, and `failed` says the last read failed. The API answers with the list, or with a page of
 * it (its `items`).
 *
 * @param {() => Promise<unknown>} read
 * @param {{ onError?: (error: unknown) => void, keepShown?: boolean }} [options] `onError`: what else
 *   to do with an error, such as showing it in the error summary; `keepShown`: a list already shown
 *   stays shown when reading it again fails
 */
export function useList(read, { onError, keepShown = false } = {}) {
  const items = ref(/** @type {any[] | null} */ (null))
  const failed = ref(false)

  async function load() {
    try {
      /** @type {any} */
      const answer = await read()
      items.value = Array.isArray(answer) ? answer : Array.isArray(answer?.items) ? answer.items : []
      failed.value = false
    } catch (error) {
      if (!keepShown || items.value === null) failed.value = true
      onError?.(error)
    }
  }

  return { items, failed, load }
}
