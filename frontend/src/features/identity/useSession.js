import { computed, reactive } from 'vue'
import { ApiError } from '../../shared/apiClient.js'
import { getMe, logIn, logOut } from './api.js'

/** @typedef {import('./api.js').User} User */

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
  const current = getMe()
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
  await logIn(username, password)
  const user = await loadUser({ force: true })
  if (!user) throw new ApiError(401, { title: 'Unauthorized' })
  return user
}

export async function signOut() {
  try {
    await logOut()
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

/** Groups with pages of their own in this app. */
export const ADMINS = 'admins'
export const AUDITORS = 'auditors'
/** The communications team, who keep the register of social media accounts. */
export const COMMS = 'comms'
/** HR, who look at reports of suspected breaches of the policy by employees. */
export const HR = 'hr'
/** The Monitoring Officer, who looks at reports about councillors. */
export const MONITORING_OFFICER = 'monitoring-officer'
/** Councillors, who report harassment they receive online (P5). */
export const MEMBERS = 'members'
/** The Information Manager, who keeps the retention schedule and authorises disposal. */
export const INFORMATION_MANAGER = 'information-manager'

/**
 * Whether the user is in any of the groups.
 * @param {User | null | undefined} user
 * @param {string[]} groups
 */
export function inAnyGroup(user, groups) {
  return Boolean(user && Array.isArray(user.groups) && groups.some((g) => user.groups.includes(g)))
}

/**
 * Whether the user may see a page whose route has `meta.groups`. Pages without
 * groups are for everyone signed in. When the server could not say who is signed
 * in (user null) the page is let through: its own requests show what went wrong,
 * and the server refuses anything the person may not do.
 * @param {{ groups?: string[] } | undefined} meta
 * @param {User | null | undefined} user
 */
export function mayVisit(meta, user) {
  const groups = meta?.groups
  if (!Array.isArray(groups) || groups.length === 0 || !user) return true
  return inAnyGroup(user, groups)
}

export function useSession() {
  return {
    user: computed(() => state.user),
    signedIn: computed(() => state.user !== null),
    isAdmin: computed(() => inAnyGroup(state.user, [ADMINS])),
    isAuditor: computed(() => inAnyGroup(state.user, [AUDITORS])),
    loadUser,
    signIn,
    signOut,
  }
}
