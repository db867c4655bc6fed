import { ref } from 'vue'
import { plural } from '../../shared/labels.js'
import { bulkTaskAction, claimTask } from './api.js'
import { claimedText, showClaimError } from './claiming.js'
import { taskLabel } from './taskFilters.js'

/**
 * What the work queue does with its tasks: claiming or unclaiming one, ticking them, and claiming or
 * handing over the ticked ones at once. Problems go to the page's error summary (`errors`); `say`
 * has what was done, for the page's live region; `load` reads the list again afterwards.
 *
 * @param {{ items: import('vue').Ref<any[]>,
 *   errors: { setErrors: (list: { field: string | null, message: string }[]) => void,
 *     setFromError: (error: unknown) => void, clearErrors: () => void },
 *   say: (message: string) => void, load: (options: { quiet?: boolean }) => Promise<unknown> }} page
 */
export function useTaskActions({ items, errors, say, load }) {
  const { setErrors, setFromError, clearErrors } = errors
  const busyId = ref(/** @type {string | null} */ (null))
  const bulkBusy = ref(false)
  const selected = ref(/** @type {string[]} */ ([]))
  const handOverTo = ref('')
  const bulkResult = ref(/** @type {{ message: string, failureHeading: string, failures: { key: string, text: string }[] } | null} */ (null))

  /** @param {any} task */
  async function toggleClaim(task) {
    if (busyId.value) return
    const action = task.assignee ? 'unclaim' : 'claim'
    busyId.value = task.id
    clearErrors()
    bulkResult.value = null
    try {
      await claimTask(task.id, action)
      say(claimedText(action, task.name))
    } catch (error) {
      showClaimError(error, { setErrors, setFromError })
    } finally {
      busyId.value = null
    }
    await load({ quiet: true })
  }

  /** @param {Event} event */
  function toggleAll(event) {
    const ticked = /** @type {HTMLInputElement} */ (event.target).checked
    selected.value = ticked ? items.value.map((t) => t.id) : []
  }

  /** @param {any} task @param {Event} event */
  function toggleOne(task, event) {
    const ticked = /** @type {HTMLInputElement} */ (event.target).checked
    const others = selected.value.filter((id) => id !== task.id)
    selected.value = ticked ? [...others, task.id] : others
  }

  /**
   * Runs a bulk action on the ticked tasks and shows what happened.
   * @param {'claim' | 'hand-over'} action
   */
  async function bulk(action) {
    if (bulkBusy.value) return
    bulkResult.value = null
    const problems = []
    if (selected.value.length === 0) problems.push({ field: null, message: 'Select at least one task' })
    const to = handOverTo.value.trim()
    if (action === 'hand-over' && !to) {
      problems.push({ field: 'to', message: 'Enter the username of the colleague to hand the tasks over to' })
    }
    if (problems.length) {
      setErrors(problems)
      return
    }

    const names = new Map(items.value.map((t) => [t.id, taskLabel(t)]))
    const taskIds = items.value.filter((t) => selected.value.includes(t.id)).map((t) => t.id)
    bulkBusy.value = true
    clearErrors()
    try {
      const answer = await bulkTaskAction(action, action === 'claim' ? { taskIds } : { taskIds, to })
      const done = Array.isArray(answer?.done) ? answer.done : []
      const failed = Array.isArray(answer?.failed) ? answer.failed : []
      const verb = action === 'claim' ? 'claimed' : `handed over to ${to}`
      bulkResult.value = {
        message: done.length ? `${plural(done.length)} ${verb}` : `No tasks were ${action === 'claim' ? 'claimed' : 'handed over'}`,
        failureHeading: `${plural(failed.length)} could not be ${action === 'claim' ? 'claimed' : 'handed over'}`,
        failures: failed.map((/** @type {any} */ f, /** @type {number} */ i) => ({
          key: `${f.taskId}-${i}`,
          text: `${names.get(f.taskId) ?? f.taskId}: ${f.reason || 'No reason was given'}`,
        })),
      }
      selected.value = []
      if (action === 'hand-over' && done.length) handOverTo.value = ''
    } catch (error) {
      setFromError(error)
    } finally {
      bulkBusy.value = false
    }
    await load({ quiet: true })
  }

  return { busyId, bulkBusy, selected, handOverTo, bulkResult, toggleClaim, toggleAll, toggleOne, bulk }
}
