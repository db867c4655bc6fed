import { getHarassmentReport, getPlatformReport } from './api.js'

/** The step where the communications team report or block a harassment report's accounts. */
const PLATFORM_TASK = 'UserTask_Platform'

/** @param {import('../tasks/api.js').Task} task */
const onPlatformStep = (task) => task.taskDefinitionKey === PLATFORM_TASK

/**
 * @type {import('../tasks/taskSummaries.js').TaskSummary} A harassment report under a heading, with a
 * link to its own page. Only the councillor and the Monitoring Officer may see the report: on the step
 * where the communications team report or block the accounts, the page reads and shows only what they
 * need for that.
 */
export const HARASSMENT_TASK_SUMMARY = {
  load: async (task) =>
    (onPlatformStep(task) ? await import('./PlatformReportTaskSummary.vue') : await import('./HarassmentTaskSummary.vue'))
      .default,
  details: (task) => (onPlatformStep(task) ? getPlatformReport : getHarassmentReport)(String(task.caseId)),
}
