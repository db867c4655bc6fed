import { computed, reactive } from 'vue'
import { getEmergency } from './api.js'

/**
 * The emergency in force, if any (policy D 9), shared by the banner on every page and the
 * emergency page, so that invoking or lifting one shows on the banner at once.
 *
 * @typedef {import('./api.js').Emergency} Emergency
 */

const state = reactive({
  /** @type {Emergency | null} */
  emergency: null,
  /** Whether GET /api/emergency last answered ('ready') or failed ('failed'); 'unknown' before it is asked. */
  status: /** @type {'unknown' | 'ready' | 'failed'} */ ('unknown'),
})

/** @type {Promise<Emergency | null> | null} */
let pending = null
/** Counts changes, so an answer overtaken by a later one (or by invoking or lifting) is ignored. */
let version = 0

/** The emergency from an answer of GET /api/emergency, or null when none is in force. @param {any} answer */
function fromAnswer(answer) {
  return answer && answer.active && answer.emergency && typeof answer.emergency === 'object' ? answer.emergency : null
}

/**
 * Asks the server whether an emergency is in force. Calls made while one is on its way share it.
 * Resolves with the emergency (or null); rejects with the error, after forgetting the emergency,
 * when the server could not say.
 * @returns {Promise<Emergency | null>}
 */
export function refreshEmergency() {
  if (pending) return pending
  const mine = ++version
  const current = getEmergency()
    .then((answer) => {
      if (mine !== version) return state.emergency
      state.emergency = fromAnswer(answer)
      state.status = 'ready'
      return state.emergency
    })
    .catch((error) => {
      if (mine === version) {
        state.emergency = null
        state.status = 'failed'
      }
      throw error
    })
    .finally(() => {
      if (pending === current) pending = null
    })
  pending = current
  return current
}

/**
 * Shows what the server answered after invoking (the emergency) or lifting (null) at once,
 * without asking again.
 * @param {Emergency | null} emergency
 */
export function setEmergency(emergency) {
  version++
  pending = null
  state.emergency = emergency && typeof emergency === 'object' && !emergency.liftedAt ? emergency : null
  state.status = 'ready'
}

/** Forgets the emergency (when nobody is signed in, and in tests). */
export function forgetEmergency() {
  version++
  pending = null
  state.emergency = null
  state.status = 'unknown'
}

export function useEmergency() {
  return {
    emergency: computed(() => state.emergency),
    status: computed(() => state.status),
    refresh: refreshEmergency,
    setEmergency,
  }
}
