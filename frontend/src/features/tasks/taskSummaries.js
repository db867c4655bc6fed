/**
 * What the task page shows of a kind of case, for the case-kind register (caseKinds.js, `taskSummary`).
 * A kind without one is shown by TaskCaseSummary.vue.
 */

/**
 * A kind's part of the task page: `load` brings its component, and `data` reads what it needs
 * besides the case's details; both before the page is shown. The part has the props `about`
 * ({ kind, details }), `caseId`, `data` (what `data` read) and `errorFor` (the page's messages for
 * its fields), and tells the page of `errors` (a list for the error summary, empty to clear it),
 * `failed` (any other error), `notice` (a success message, empty to take it away) and `changed`
 * (the case's history has a new entry).
 * @typedef {{ load: () => Promise<import('vue').Component>, data?: (caseId: string) => Promise<any> }} TaskSummary
 */

export {}
