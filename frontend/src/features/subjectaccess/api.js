/** The subject access API: the search for everything held about a person, and the export. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ label: string, value: string }} HeldField
 * @typedef {{ kind: string, kindLabel: string, reference: string, status: string, roles: string[], fields: HeldField[] }} HeldRecord
 * @typedef {{ username: string, name: string, places: string[] }} ThirdParty
 * @typedef {{ username: string, name: string, searchedOn: string, searchedBy: string, records: HeldRecord[],
 *   notShown: number, thirdParties: ThirdParty[] }} SubjectAccessFound
 */

/**
 * Everything held about the person: by their username, and by their names as written in free text.
 * Sent in the body, never in the address: the names are personal data.
 * @param {string} username @param {string[]} names
 * @returns {Promise<SubjectAccessFound>}
 */
export const searchSubjectAccess = (username, names) => api.post('/api/subject-access/search', { username, names })

/**
 * The ZIP to send the person: one file per record, with the chosen people's names redacted, and a PDF summary.
 * @param {string} username @param {string[]} names @param {string[]} redact usernames of the people whose names to redact
 * @returns {Promise<{ blob: Blob, fileName: string | null }>}
 */
export const exportSubjectAccess = (username, names, redact) =>
  api.postForFile('/api/subject-access/export', { username, names, redact })
