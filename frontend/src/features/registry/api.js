/** The registry API (P2): the council's social media accounts, their activity, authorised users and the dashboard. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, name: string, handle?: string | null, platform?: string, platformLabel?: string | null,
 *   department?: string, kind?: string, status?: string, url?: string | null, lastActivityOn?: string | null,
 *   latestCount?: { count?: number | null, metric?: string | null, countedOn?: string | null } | null,
 *   authorisedUserCount?: number, counts?: any[], activity?: string[], authorisedUsers?: any[],
 *   [field: string]: any }} SocialAccount
 * @typedef {{ imported?: number, alreadyRecorded?: number }} ActivityImport
 * @typedef {{ date?: string, items?: any[] }} AuthorisedUsers
 */

/**
 * One page of accounts: `query` has the filters with a value, `page` and `size`.
 * @param {Record<string, string>} query
 * @returns {Promise<import('../../shared/apiClient.js').Page<SocialAccount>>}
 */
export const listAccounts = (query) => api.get(`/api/registry/accounts?${new URLSearchParams(query)}`)

/** Days of activity from a CSV file; nothing is imported if any row has a problem. @param {string} csv @returns {Promise<ActivityImport>} */
export const importActivityCsv = (csv) => api.post('/api/registry/activity-import', csv, { contentType: 'text/csv' })

/** @param {string} id */
const accountPath = (id) => `/api/registry/accounts/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<SocialAccount>} */
export const getAccount = (id) => api.get(accountPath(id))

/** That the account posted today. @param {string} id */
export const recordActivityToday = (id) => api.post(`${accountPath(id)}/activity`, {})

/** @param {string} id @param {{ count: number | string, countedOn: string }} count */
export const recordFollowerCount = (id, count) => api.post(`${accountPath(id)}/counts`, count)

/**
 * @param {string} id @param {string} reason
 * @param {import('../../shared/apiClient.js').RequestOptions} options with the Idempotency-Key
 * @returns {Promise<SocialAccount | null>} the account as it now is
 */
export const closeSocialAccount = (id, reason, options) => api.post(`${accountPath(id)}/closure`, { reason }, options)

/** Everyone who could post from each account on a date. @param {string} date @returns {Promise<AuthorisedUsers>} */
export const listAuthorisedUsers = (date) => api.get(`/api/registry/authorised-users?${new URLSearchParams({ date })}`)

/** Where the same list is downloaded as CSV. @param {string} date */
export const authorisedUsersCsvUrl = (date) => `/api/registry/authorised-users.csv?${new URLSearchParams({ date })}`

/** @returns {Promise<any>} */
export const getDashboard = () => api.get('/api/registry/dashboard')

/**
 * @typedef {{ platform: string, handle: string, name: string, url: string, department: string, kind: string,
 *   campaignEndDate: string }} AccountDetails
 * @typedef {{ platformLabel: string, handle: string, name: string, department?: string, kind?: string,
 *   owner?: string | null, authorisedUsers?: string[], what?: string[], from?: string | null, to?: string,
 *   username?: string }} RegisterLine
 * @typedef {{ accounts: number, newAccounts: RegisterLine[], changed: RegisterLine[], owners: RegisterLine[],
 *   authorisedUsers: RegisterLine[], unchanged: number }} RegisterChanges
 * @typedef {{ id: string, changes: RegisterChanges }} RegisterPreview
 */

/** An account the council already runs, added by the communications team. @param {Record<string, string>} account @returns {Promise<SocialAccount>} */
export const addAccount = (account) => api.post('/api/registry/accounts', account)

/** @param {string} id @param {AccountDetails} details @returns {Promise<SocialAccount>} */
export const editAccount = (id, details) => api.put(accountPath(id), details)

/** @param {string} id @param {string} owner a username in the directory @returns {Promise<SocialAccount>} */
export const setAccountOwner = (id, owner) => api.put(`${accountPath(id)}/owner`, { owner })

/**
 * @param {string} id @param {{ username: string, fromDate: string, toDate: string, reason: string }} person
 * @returns {Promise<SocialAccount>}
 */
export const addAuthorisedUser = (id, person) => api.post(`${accountPath(id)}/authorised-users`, person)

/**
 * @param {string} id @param {string} periodId @param {{ lastDay: string, reason: string }} ending
 * @returns {Promise<SocialAccount>}
 */
export const endAuthorisedUser = (id, periodId, ending) =>
  api.post(`${accountPath(id)}/authorised-users/${encodeURIComponent(periodId)}/end`, ending)

/** Checks the council's register; nothing changes yet. @param {string} csv @returns {Promise<RegisterPreview>} */
export const checkRegisterFile = (csv) => api.post('/api/registry/imports', csv, { contentType: 'text/csv' })

/** @param {string} id @returns {Promise<RegisterChanges>} */
export const applyRegisterFile = (id) => api.post(`/api/registry/imports/${encodeURIComponent(id)}/apply`, {})
