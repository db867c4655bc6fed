import { computed, reactive } from 'vue'
import { api, ApiError } from '../api/client.js'

/**
 * @typedef {{ username: string, displayName: string, groups: string[] }} User
 */

const state = reactive({
  /** @type {User | null} */
  user: null,
  /** Whether GET /api/me has answered since the page loaded or the session changed. */
  checked: false,
})

/** @type {Promise<User | null> | null} */
let pending = null

/**
 * Who is signed in, asking the server once. Resolves null when nobody is (401).
 * Other failures are thrown.
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<User | null>}
 */
export function loadUser({ force = false } = {}) {
  if (state.checked && !force) return Promise.resolve(state.user)
  if (pending && !force) return pending
  const current = api
    .get('/api/me')
    .then((user) => {
      state.user = user
      state.checked = true
      return state.user
    })
    .catch((error) => {
      if (error instanceof ApiError && error.status === 401) {
        state.user = null
        state.checked = true
        return null
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
 * Signs in. Resolves with the user; rejects with ApiError (status 401 for a wrong
 * username or password).
 * @param {string} username
 * @param {string} password
 */
export async function signIn(username, password) {
  await api.post('/api/auth/login', { username, password })
  const user = await loadUser({ force: true })
  if (!user) throw new ApiError(401, { title: 'Unauthorized' })
  return user
}

export async function signOut() {
  try {
    await api.post('/api/auth/logout')
  } finally {
    forgetUser()
  }
}

/** Forget the signed-in user without asking the server (after a 401, and in tests). */
export function forgetUser() {
  state.user = null
  state.checked = false
  pending = null
}

/** Marks the session as known to have ended (the server answered 401). */
export function sessionEnded() {
  state.user = null
  state.checked = true
  pending = null
}

export function useSession() {
  return {
    user: computed(() => state.user),
    signedIn: computed(() => state.user !== null),
    loadUser,
    signIn,
    signOut,
  }
}
