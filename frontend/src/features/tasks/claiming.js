import { ApiError } from '../../shared/apiClient.js'

/**
 * What claiming or unclaiming a task says, on the task list and on the task's own page.
 */

/** Told to screen readers once it is done. @param {'claim' | 'unclaim'} action @param {string} name the task's */
export const claimedText = (action, name) => (action === 'claim' ? `You have claimed ${name}` : `You have unclaimed ${name}`)

/**
 * Shows why it could not be done: someone else has the task already (409), or what else went wrong.
 * @param {unknown} error
 * @param {{ setErrors: (list: { field: string | null, message: string }[]) => void,
 *   setFromError: (error: unknown) => void }} errors the page's useFormErrors
 */
export function showClaimError(error, { setErrors, setFromError }) {
  if (error instanceof ApiError && error.status === 409) {
    setErrors([{ field: null, message: error.detail || 'Someone else has already claimed this task' }])
  } else {
    setFromError(error)
  }
}
