/**
 * What the task page shows of a kind of case, for the case-kind register (caseKinds.js, `taskSummary`).
 * Each kind declares its own in its feature folder (its taskSummary.js); a kind without one shows
 * nothing of its case on the task page.
 */

/**
 * A kind's part of the task page: `load` brings its component for the task, `data` reads what it
 * needs besides the case's details, and `details`, when given, reads those details for the task
 * instead of the register's `details` (a step may need other details); all before the page is shown.
 * The part has the props `about` ({ kind, details }), `caseId`, `data` (what `data` read) and
 * `errorFor` (the page's messages for its fields): TASK_SUMMARY_PROPS. It tells the page of `errors`
 * (a list for the error summary, empty to clear it), `failed` (any other error), `notice` (a success
 * message, empty to take it away) and `changed` (the case's history has a new entry).
 * @typedef {{ load: (task: import('./api.js').Task) => Promise<import('vue').Component>,
 *   data?: (caseId: string) => Promise<any>,
 *   details?: (task: import('./api.js').Task) => Promise<any> }} TaskSummary
 */

/** The props the task page gives every kind's part, for a part that needs no more than these. */
export const TASK_SUMMARY_PROPS = /** @type {const} */ ({
  /** The case's kind and its details, as the task page read them. */
  about: { type: /** @type {import('vue').PropType<{ kind: string, details: any }>} */ (Object), required: true },
  caseId: { type: String, required: true },
  /** What the kind's `data` read; null when it reads nothing. */
  data: { type: null, default: null },
  /** The page's messages for its fields. */
  errorFor: { type: /** @type {import('vue').PropType<(field: string) => string | null>} */ (Function), default: () => null },
})

/** What every kind's part may tell the task page. */
export const TASK_SUMMARY_EMITS = ['errors', 'failed', 'notice', 'changed']
