import { ref, watch } from 'vue'

/**
 * The record a case page summarises (an account request, an access grant), read with its feature's
 * API whenever the id changes, and the one action on it that needs a reason (withdraw, remove).
 * Problems and confirmations go to the case page's banner and error summary: `casePage` is a ref
 * to its CasePage component.
 *
 * @param {() => string} id the case's id
 * @param {(id: string) => Promise<any>} read reads the record, such as getGrant (access/api.js)
 * @param {import('vue').Ref<any>} casePage
 */
export function useCaseRecord(id, read, casePage) {
  const record = ref(/** @type {any} */ (null))
  const state = ref(/** @type {'loading' | 'ready' | 'failed'} */ ('loading'))
  const reason = ref('')
  const acting = ref(false)

  let loads = 0

  async function load() {
    const mine = ++loads
    state.value = 'loading'
    try {
      const answer = await read(id())
      if (mine !== loads) return
      record.value = answer
      state.value = 'ready'
    } catch {
      if (mine !== loads) return
      // The case page says when the case cannot be found or shown; this is only its summary.
      record.value = null
      state.value = 'failed'
    }
  }

  /** Loads the record again, keeping it as it is if that fails (after something was done to it). */
  async function refresh() {
    const mine = ++loads
    try {
      const answer = await read(id())
      if (mine !== loads || !answer || typeof answer !== 'object') return
      record.value = answer
      state.value = 'ready'
    } catch {
      // What is shown is what was done; the page says if the next action fails.
    }
  }

  /**
   * Sends the reason with `send`, such as removeGrant (access/api.js); the answer (the record as it
   * now is) replaces it.
   * @param {{ send: (id: string, reason: string) => Promise<any>, emptyMessage: string, done: string }} options
   */
  async function actWithReason({ send, emptyMessage, done }) {
    const page = casePage.value
    if (acting.value || !page) return
    const text = reason.value.trim()
    if (!text) {
      page.setErrors([{ field: 'reason', message: emptyMessage }])
      return
    }
    acting.value = true
    try {
      const answer = await send(id(), text)
      if (answer && typeof answer === 'object') record.value = answer
      else await load()
      reason.value = ''
      page.notify(done)
      // The case's status, tasks and timeline have changed too.
      page.reload()
    } catch (error) {
      // Field errors go by the field; a conflict (409), such as a record already ended, says why.
      page.setFromError(error)
    } finally {
      acting.value = false
    }
  }

  watch(
    id,
    () => {
      reason.value = ''
      load()
    },
    { immediate: true },
  )

  return { record, state, reason, acting, actWithReason, refresh }
}
