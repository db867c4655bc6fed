/** The identity API: signing in and out, one's own password, and the administrators' users. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ username: string, displayName: string, groups: string[], mustChangePassword?: boolean }} User the person
 *   signed in; `mustChangePassword` while they signed in with a one-time password
 * @typedef {{ councilSignIn?: boolean, councilSignInPath?: string | null }} SignInOptions
 * @typedef {{ username: string, displayName?: string | null, email?: string | null, groups?: string[],
 *   enabled?: boolean, locked?: boolean, pendingGroups?: string[], [field: string]: any }} UserAccount
 * @typedef {{ id: string, username: string, displayName?: string | null, group: string,
 *   requestedBy?: string, [field: string]: any }} GroupGrant a confidential group waiting for a second administrator
 * @typedef {{ username?: string, displayName: string, email: string | null, password?: string,
 *   enabled?: boolean, groups: string[] }} UserForm
 */

/** @typedef {import('../../shared/apiClient.js').Page<UserAccount>} UserPage */

/** Who is signed in; rejects with a 401 ApiError when nobody is. @returns {Promise<User>} */
export const getMe = () => api.get('/api/me')

/** @param {string} username @param {string} password */
export const logIn = (username, password) => api.post('/api/auth/login', { username, password })

export const logOut = () => api.post('/api/auth/logout')

/** Whether this installation offers signing in with a council account. @returns {Promise<SignInOptions | null>} */
export const getSignInOptions = () => api.get('/api/auth/options')

/** @param {string} currentPassword @param {string} newPassword */
export const changePassword = (currentPassword, newPassword) =>
  api.post('/api/me/password', { currentPassword, newPassword })

/** @param {number} page @param {number} size @returns {Promise<UserPage>} */
export const listUsers = (page, size) => api.get(`/api/admin/users?page=${page}&size=${size}`)

/** @param {UserForm} user @returns {Promise<UserAccount>} */
export const addUser = (user) => api.post('/api/admin/users', user)

/** @param {string} username */
const userPath = (username) => `/api/admin/users/${encodeURIComponent(username)}`

/** @param {string} username @returns {Promise<UserAccount>} */
export const getUser = (username) => api.get(userPath(username))

/** @param {string} username @param {UserForm} user @returns {Promise<UserAccount>} */
export const saveUser = (username, user) => api.put(userPath(username), user)

/** @param {string} username */
export const unlockUser = (username) => api.post(`${userPath(username)}/unlock`)

/** @returns {Promise<import('../../shared/apiClient.js').Items<GroupGrant>>} */
export const listGroupGrants = () => api.get('/api/admin/group-grants')

/** @param {string} id */
export const approveGroupGrant = (id) => api.post(`/api/admin/group-grants/${encodeURIComponent(id)}/approval`)

/** @param {string} id @param {string} reason */
export const refuseGroupGrant = (id, reason) =>
  api.post(`/api/admin/group-grants/${encodeURIComponent(id)}/refusal`, { reason })

/**
 * @typedef {{ username: string, name: string, department?: string | null, jobTitle?: string | null }} Joiner
 * @typedef {{ username: string, name: string, from?: string | null, to?: string | null }} Mover
 * @typedef {{ username: string, name: string, what: string[] }} Changed
 * @typedef {{ username: string, name: string, leavingDate: string, missingFromFile: boolean }} Leaver
 * @typedef {{ people: number, newDepartments: string[], joiners: Joiner[], movers: Mover[], changed: Changed[],
 *   leavers: Leaver[], unchanged: number }} DirectoryChanges what an HR export would change, or changed
 * @typedef {{ id: string, changes: DirectoryChanges }} DirectoryPreview
 */

/** Checks the HR export and keeps it until applied. @param {string} csv @returns {Promise<DirectoryPreview>} */
export const checkDirectoryFile = (csv) => api.post('/api/directory/imports', csv, { contentType: 'text/csv' })

/** Applies a checked export exactly as previewed. @param {string} id @returns {Promise<DirectoryChanges>} */
export const applyDirectoryFile = (id) => api.post(`/api/directory/imports/${encodeURIComponent(id)}/apply`)
