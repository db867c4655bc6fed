/** The audit API: searching the trail, downloading it, and checking nobody has changed it. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string | number, occurredAt?: string, actor?: string, onBehalfOf?: string | null, action?: string,
 *   caseReference?: string | null, detail?: string | null, sourceAddress?: string | null }} AuditEntry
 * @typedef {{ intact: boolean, checkedRows: number, firstBrokenId: number | null, message: string }} AuditVerification
 */

/**
 * One page of entries: `query` has the filters with a value, `page` and `size`.
 * @param {Record<string, string>} query
 * @returns {Promise<import('../../shared/apiClient.js').Page<AuditEntry>>}
 */
export const searchAudit = (query) => api.get(`/api/audit?${new URLSearchParams(query)}`)

/** Where the entries that match the filters are downloaded as CSV. @param {Record<string, string>} filters */
export function auditCsvUrl(filters) {
  // Only filters with a value are sent: the API takes an empty date as a wrong one.
  const query = new URLSearchParams(filters).toString()
  return `/api/audit/export.csv${query ? `?${query}` : ''}`
}

/** @returns {Promise<AuditVerification>} */
export const verifyAudit = () => api.get('/api/audit/verification')
