/**
 * The access API: temporary access to corporate accounts (D 2.9), certification of authorised
 * users (D 2.3) and emergency procedures (D 9).
 */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {import('../../shared/apiClient.js').RequestOptions} RequestOptions
 * @typedef {{ id: string, name: string, platformLabel?: string | null, handle?: string | null }} CorporateAccount
 * @typedef {{ id: string, reference: string, grantee?: string, granteeName?: string | null,
 *   accounts?: CorporateAccount[], status?: string, statusLabel?: string | null, requestedEndDate?: string | null,
 *   agreedEndDate?: string | null, mayRemove?: boolean, [field: string]: any }} Grant
 * @typedef {{ accounts?: CorporateAccount[], grantee?: string,
 *   endorser?: { username: string, displayName?: string, lineManager?: boolean } | null, noEndorser?: string | null,
 *   defaultEndDate?: string | null, maxEndDate?: string | null, statement?: { version?: string, text?: string } | null }} GrantOptions
 * @typedef {{ accountIds: string[], purpose: string, intendedUse: string, requestedEndDate: string }} NewGrant
 * @typedef {{ id: string, reference: string, startedAt?: string, dueDate?: string, closedAt?: string | null,
 *   decided?: number, people?: number, accounts?: any[], [field: string]: any }} Certification
 * @typedef {{ username: string, decision: string, justification: string }} CertificationDecision
 * @typedef {{ id: string, reference: string, holdingMessage: string, invokedBy: string,
 *   invokedByName?: string | null, invokedAt: string, liftedAt?: string | null, suspendedGrants?: number,
 *   [field: string]: any }} Emergency
 */

/** @param {number} page @param {number} size @returns {Promise<import('../../shared/apiClient.js').Page<Grant>>} */
export const listGrants = (page, size) => api.get(`/api/access-grants?page=${page}&size=${size}`)

/** What may be asked for, who may endorse it, and the statement to sign. @returns {Promise<GrantOptions | null>} */
export const getGrantOptions = () => api.get('/api/access-grants/options')

/** @param {NewGrant} grant @param {RequestOptions} options with the Idempotency-Key @returns {Promise<Grant>} */
export const requestGrant = (grant, options) => api.post('/api/access-grants', grant, options)

/** @param {string} id */
const grantPath = (id) => `/api/access-grants/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<Grant>} */
export const getGrant = (id) => api.get(grantPath(id))

/** Ends the access today. @param {string} id @param {string} reason @returns {Promise<Grant | null>} the grant as it now is */
export const removeGrant = (id, reason) => api.post(`${grantPath(id)}/removal`, { reason })

/** @returns {Promise<import('../../shared/apiClient.js').Items<Certification>>} */
export const listCertifications = () => api.get('/api/certifications')

/** @param {RequestOptions} options with the Idempotency-Key @returns {Promise<Certification | null>} */
export const startCertification = (options) => api.post('/api/certifications', {}, options)

/** @param {string} id */
const certificationPath = (id) => `/api/certifications/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<Certification | null>} */
export const getCertification = (id) => api.get(certificationPath(id))

/** Where the certification is downloaded as CSV. @param {string} id */
export const certificationCsvUrl = (id) => `${certificationPath(id)}.csv`

/** @param {string} id @param {string} accountId @param {CertificationDecision[]} decisions */
export const saveCertificationDecisions = (id, accountId, decisions) =>
  api.put(`${certificationPath(id)}/accounts/${encodeURIComponent(accountId)}/decisions`, { decisions })

/** Whether an emergency is in force. @returns {Promise<{ active?: boolean, emergency?: Emergency | null } | null>} */
export const getEmergency = () => api.get('/api/emergency')

/** Every emergency, newest first. @returns {Promise<import('../../shared/apiClient.js').Items<Emergency>>} */
export const listEmergencies = () => api.get('/api/emergencies')

/** @param {string} holdingMessage @param {RequestOptions} options with the Idempotency-Key @returns {Promise<Emergency | null>} */
export const invokeEmergency = (holdingMessage, options) => api.post('/api/emergencies', { holdingMessage }, options)

/** @param {string} id */
export const liftEmergency = (id) => api.post(`/api/emergencies/${encodeURIComponent(id)}/lift`, {})
