import { renameFieldErrors, useFormErrors } from '../../shared/useFormErrors.js'
import { useSubmit } from '../../shared/useSubmit.js'

/**
 * One of the communications team's forms on an account page: its own errors, sent one at a time.
 * Several forms share the page, so a field the API names alike ("reason") has its own name here:
 * `names` maps the API's field names to this form's.
 *
 * @param {Record<string, string>} names the API's field name -> this form's
 */
export function useAccountChange(names) {
  const errors = useFormErrors(Object.values(names))
  const { submitting, submit } = useSubmit(errors)

  /**
   * Sends the change; `done` gets the account as it now is.
   * @param {() => Promise<any>} send
   * @param {(account: any) => unknown} done
   */
  function change(send, done) {
    return submit({
      send,
      done,
      failed: (error) => {
        const renamed = renameFieldErrors(error, names)
        if (renamed) errors.setErrors(renamed)
        else errors.setFromError(error)
      },
    })
  }

  return { ...errors, submitting, change }
}
