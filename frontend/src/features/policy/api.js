/** The policy API: the adopted policy's numbered clauses. */

import { api } from '../../shared/apiClient.js'

/** @typedef {{ reference: string, section?: string, title?: string | null, text: string }} PolicyClause */

/** @param {string} reference such as "D 6.1" @returns {Promise<PolicyClause>} */
export const getPolicyClause = (reference) => api.get(`/api/policy/clauses/${encodeURIComponent(reference)}`)
