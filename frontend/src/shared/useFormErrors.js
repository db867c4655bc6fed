import { computed, ref, watch } from 'vue'
import { ApiError } from './apiClient.js'

/**
 * The element id for a form field name: "businessCase.objectives" -> "businessCase-objectives".
 * For radios this is the id of the first radio.
 * @param {string} field
 */
export function fieldId(field) {
  return field.replace(/[.[\]]+/g, '-').replace(/-+$/, '')
}

/**
 * The field errors of a failed request, renamed to this page's fields: for a page with more than
 * one form whose fields the API names alike (a "reason" to place a hold, another to release one).
 * Only the last part of the API's name counts ("place.reason" -> "reason", "files[0]" -> "files").
 * An error for a field not in `names` is kept, without a field, for the summary.
 *
 * @param {unknown} error
 * @param {Record<string, string>} names the API's field name -> the page's
 * @param {string | null} [href] where the renamed errors link to, when not their field's own id
 * @returns {{ field: string | null, message: string, href: string | null }[] | null} null when the
 *   error is not an ApiError with field errors
 */
export function renameFieldErrors(error, names, href = null) {
  if (!(error instanceof ApiError) || error.errors.length === 0) return null
  return error.errors.map((e) => {
    const last = e.field ? (e.field.replace(/\[\d*\]/g, '').split('.').pop() ?? '') : ''
    const field = Object.hasOwn(names, last) ? names[last] : null
    return { field, message: e.message, href: field ? href : null }
  })
}

/**
 * The field errors of a failed request, each about an item of a list field saying which one, as
 * people count: "Link 2: Enter a web address" for "postLinks[1]". Other errors are kept as they are.
 *
 * @param {unknown} error
 * @param {string} field the list field, as the API names it, such as "postLinks"
 * @param {string} noun what each item is called, such as "Link"
 * @returns {{ field: string | null, message: string }[] | null} null when the error is not an
 *   ApiError with field errors
 */
export function numberListErrors(error, field, noun) {
  if (!(error instanceof ApiError) || error.errors.length === 0) return null
  const item = new RegExp(`(?:^|\\.)${field}\\[(\\d+)\\]$`)
  return error.errors.map((e) => {
    const line = item.exec(e.field ?? '')
    return line ? { ...e, message: `${noun} ${Number(line[1]) + 1}: ${e.message}` } : e
  })
}

/**
 * Errors for a form, in the GOV.UK pattern: a summary at the top with links to
 * the fields, and a message by each field.
 *
 * Field names from the server are matched to the form's own fields: exactly,
 * without list indexes ("proposedUsers[0]" -> "proposedUsers"), or by their end
 * ("create.request.department" -> "department").
 *
 * @param {string[]} fields the form's field names, as the API names them
 */
export function useFormErrors(fields) {
  /** @type {import('vue').Ref<{ field: string | null, message: string, href: string | null }[]>} */
  const errors = ref([])

  /** @param {string | null} name */
  function matchField(name) {
    if (!name) return null
    const plain = name.replace(/\[\d*\]/g, '')
    if (fields.includes(plain)) return plain
    const bySuffix = fields
      .filter((f) => plain.endsWith(`.${f}`))
      .sort((a, b) => b.length - a.length)
    return bySuffix[0] ?? null
  }

  /**
   * An error may name its own link target (`href`), for fields this page did not draw itself.
   * @param {{ field: string | null, message: string, href?: string | null }[]} list
   */
  function setErrors(list) {
    const seen = new Set()
    errors.value = list
      .map((e) => ({ field: matchField(e.field), message: e.message, href: e.href ?? null }))
      .filter((e) => {
        const key = `${e.field}|${e.message}`
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
  }

  /**
   * Shows what went wrong with a request.
   * @param {unknown} error
   */
  function setFromError(error) {
    if (error instanceof ApiError && error.errors.length > 0) {
      setErrors(error.errors)
    } else if (error instanceof ApiError && error.status === 403 && !error.detail) {
      setErrors([{ field: null, message: 'You do not have permission to do this' }])
    } else if (error instanceof ApiError) {
      const message = error.detail || error.title || 'Sorry, there is a problem with the service. Try again later.'
      setErrors([{ field: null, message }])
    } else {
      setErrors([{ field: null, message: 'Sorry, there is a problem with the service. Try again later.' }])
    }
  }

  function clearErrors() {
    errors.value = []
  }

  /** @param {string} field */
  function errorFor(field) {
    const messages = errors.value.filter((e) => e.field === field).map((e) => e.message)
    return messages.length ? messages.join('. ') : null
  }

  const summary = computed(() =>
    errors.value.map((e) => ({ message: e.message, href: e.href ?? (e.field ? `#${fieldId(e.field)}` : null) })),
  )

  // "Error: " before the page title while there are errors, as GOV.UK pages do.
  watch(
    () => errors.value.length > 0,
    (hasErrors) => {
      const title = document.title.replace(/^Error: /, '')
      document.title = hasErrors ? `Error: ${title}` : title
    },
  )

  return { errors, summary, setErrors, setFromError, clearErrors, errorFor }
}
