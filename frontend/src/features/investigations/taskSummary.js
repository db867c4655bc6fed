/** @type {import('../tasks/taskSummaries.js').TaskSummary} An investigation under a heading, with a link to its own page. */
export const INVESTIGATION_TASK_SUMMARY = {
  load: async () => (await import('./InvestigationTaskSummary.vue')).default,
}
