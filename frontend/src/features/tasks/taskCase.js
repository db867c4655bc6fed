/** The case a task is about, as the task page shows it (TaskView.vue). */

import { PLATFORM_REPORT, caseDetails, taskSummary } from '../../caseKinds.js'
import { ApiError } from '../../shared/apiClient.js'
import { getPlatformReport } from '../harassment/api.js'

const HARASSMENT = 'member-harassment-report'

/** The step where the communications team report or block a harassment report's accounts. */
const PLATFORM_TASK = 'UserTask_Platform'

/**
 * The details of the case the task is about; none when its kind has none to show, or it is gone (404).
 * Only the councillor and the Monitoring Officer may see a harassment report: on the step where the
 * communications team report or block the accounts, the page asks only for what they need for that.
 * @param {import('./api.js').Task} task
 * @returns {Promise<{ kind: string, details: any } | null>}
 */
async function fetchCase(task) {
  const kind = task.caseId ? (task.caseKind ?? null) : null
  if (!kind) return null
  const id = String(task.caseId)
  const platformStep = kind === HARASSMENT && task.taskDefinitionKey === PLATFORM_TASK
  const reading = platformStep ? getPlatformReport(id) : caseDetails(kind, id)
  if (!reading) return null
  try {
    const details = await reading
    return details && typeof details === 'object' ? { kind: platformStep ? PLATFORM_REPORT : kind, details } : null
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/**
 * Everything the task page shows of the case, read before the page is shown: its details (`about`,
 * null when there are none to show), the part of the page that shows them (its kind's own, named in
 * the register, or `shared`), and what that part reads besides (`data`; see taskSummaries.js).
 * @param {import('./api.js').Task} task
 * @param {import('vue').Component} shared the part for kinds without their own
 */
export async function readTaskCase(task, shared) {
  const own = taskSummary(task.caseId ? task.caseKind : null)
  const [about, data, part] = await Promise.all([
    fetchCase(task),
    own?.data ? own.data(String(task.caseId)) : null,
    own ? own.load() : shared,
  ])
  // A platform report is shown by the shared part, though its case is a harassment report.
  return { about, data, part: about?.kind === PLATFORM_REPORT ? shared : part }
}
