/** @type {import('../tasks/taskSummaries.js').TaskSummary} A grant of access to corporate accounts under a heading. */
export const GRANT_TASK_SUMMARY = {
  load: async () => (await import('./GrantTaskSummary.vue')).default,
}
