import { ref } from 'vue'

/**
 * Something a page or part sends, one at a time: while it is under way `busy` is true (for the
 * button's aria-disabled), and asking again does nothing.
 */
export function useBusy() {
  const busy = ref(false)

  /**
   * Does `work` unless it is already under way; an error from it goes to `failed`.
   * @param {() => unknown} work
   * @param {(error: unknown) => void} failed
   */
  async function run(work, failed) {
    if (busy.value) return
    busy.value = true
    try {
      await work()
    } catch (error) {
      failed(error)
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
