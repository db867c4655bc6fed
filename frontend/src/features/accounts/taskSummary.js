import { getCase } from '../cases/api.js'

/** @type {import('../tasks/taskSummaries.js').TaskSummary} An account request with its documents, so a requester can attach the branding on the task itself. */
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
