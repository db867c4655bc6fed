import { ref } from 'vue'
import { useSubmissionKey } from './useSubmissionKey.js'

/**
 * A form that starts something on the server (a request, a report): sent one at a time
 * (`submitting`, for the button's busy state), with an Idempotency-Key that is sent again after an
 * error and renewed once the thing has started (useSubmissionKey), and what is missing or went wrong
 * shown in the page's error summary.
 *
 * @param {{ setErrors: (list: { field: string | null, message: string }[]) => void,
 *   setFromError: (error: unknown) => void, clearErrors: () => void }} errors the page's useFormErrors
 */
export function useSubmit(errors) {
  const submitting = ref(false)
  const submission = useSubmissionKey()

  /**
   * Checks the form, sends it and, once it has started, clears the errors and does what follows.
   * Nothing happens while the last one is still being sent.
   * @template T
   * @param {{ check?: () => { field: string, message: string }[],
   *   send: (options: { idempotencyKey: string }) => Promise<T>, done: (answer: T) => unknown,
   *   failed?: (error: unknown) => void }} steps
   *   `check`: what is missing, in the order the form asks for it; `send`: sends the form with the
   *   request options given; `done`: what follows; `failed`: what to do with an error, when not
   *   the page's setFromError
   */
  async function submit({ check = () => [], send, done, failed = errors.setFromError }) {
    if (submitting.value) return
    const missing = check()
    if (missing.length) {
      errors.setErrors(missing)
      return
    }
    submitting.value = true
    try {
      const answer = await send(submission.options())
      submission.renew()
      errors.clearErrors()
      await done(answer)
    } catch (error) {
      failed(error)
    } finally {
      submitting.value = false
    }
  }

  return { submitting, submit }
}
