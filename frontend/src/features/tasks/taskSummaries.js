/**
 * What the task page shows of a kind of case, for the case-kind register (caseKinds.js, `taskSummary`).
 * A kind without one is shown by TaskCaseSummary.vue.
 */

import { getCase } from '../cases/api.js'

/**
 * A kind's part of the task page (`load` brings its component, which is in the task page's own chunk
 * of the app), and what it reads besides the case's details (`data`); both before the page is shown. The part has the props `about` ({ kind, details }), `caseId`, `data` (what `data` read)
 * and `errorFor` (the page's messages for its fields), and tells the page of `errors` (a list for
 * the error summary, empty to clear it), `failed` (any other error), `notice` (a success message,
 * empty to take it away) and `changed` (the case's history has a new entry).
 * @typedef {{ load: () => Promise<import('vue').Component>, data?: (caseId: string) => Promise<any> }} TaskSummary
 */

/** @type {TaskSummary} An account request with its documents, so a requester can attach the branding on the task itself. */
export const ACCOUNT_REQUEST_TASK_SUMMARY = {
  load: async () => (await import('./AccountRequestTaskSummary.vue')).default,
  /** The case's documents; null when they could not be read (the part says so where they would be). */
  async data(caseId) {
    try {
      const answer = await getCase('account-request', caseId)
      return Array.isArray(answer?.documents) ? answer.documents : []
    } catch {
      return null
    }
  },
}
