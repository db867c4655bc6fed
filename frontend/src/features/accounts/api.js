/** The account requests API (P1): the list, a new request, one request and its withdrawal. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, reference: string, proposedName?: string, platform?: string, kind?: string,
 *   status?: string, submittedAt?: string, mayWithdraw?: boolean, [field: string]: any }} AccountRequest
 * @typedef {{ department: string, kind: string | null, campaignEndDate: string | null, platform: string | null,
 *   proposedName: string, businessCase: Record<string, string>, proposedUsers: string[] }} NewAccountRequest
 */

/** The first 50 requests this person may see. @returns {Promise<import('../../shared/apiClient.js').Page<AccountRequest>>} */
export const listAccountRequests = () => api.get('/api/account-requests?page=0&size=50')

/**
 * @param {NewAccountRequest} request
 * @param {import('../../shared/apiClient.js').RequestOptions} options with the Idempotency-Key (useSubmissionKey)
 * @returns {Promise<AccountRequest>}
 */
export const submitAccountRequest = (request, options) => api.post('/api/account-requests', request, options)

/**
 * Whether my request goes first to the head of my department, who that is (from the organisation directory),
 * or what HR must put right in the directory first.
 * @returns {Promise<{ needed: boolean, department?: string | null,
 *   endorser?: { username: string, displayName?: string } | null, problem?: string | null }>}
 */
export const getEndorsement = () => api.get('/api/account-requests/endorsement')

/** @param {string} id */
const requestPath = (id) => `/api/account-requests/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<AccountRequest>} */
export const getAccountRequest = (id) => api.get(requestPath(id))

/** @param {string} id @param {string} reason @returns {Promise<AccountRequest | null>} the request as it now is */
export const withdrawAccountRequest = (id, reason) => api.post(`${requestPath(id)}/withdrawal`, { reason })
