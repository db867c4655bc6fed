import { nextTick, reactive, ref } from 'vue'
import { ApiError } from '../../shared/apiClient.js'
import { deleteTaskFilter, listTaskFilters, saveTaskFilter } from './api.js'

/**
 * The work queue's saved filters: reading them, saving the list and filters shown as one, and
 * deleting one's own. Problems go to the page's error summary (`errors`); `starting` is called as
 * a save or delete is sent, and `say` with what was done, for the page's live region.
 *
 * @param {{ criteria: import('vue').Ref<Record<string, string>>,
 *   errors: { setErrors: (list: { field: string | null, message: string }[]) => void,
 *     setFromError: (error: unknown) => void, clearErrors: () => void },
 *   starting: () => void, say: (message: string) => void }} page
 */
export function useSavedTaskFilters({ criteria, errors, starting, say }) {
  /** Saved filters; null until they have been fetched (or when they could not be). */
  const savedFilters = ref(/** @type {any[] | null} */ (null))
  /** The list of them, which takes focus when the button that had it is gone. */
  const savedFiltersEl = ref(/** @type {{ focus: () => void } | null} */ (null))
  const deletingFilterId = ref(/** @type {string | null} */ (null))
  const savingFilter = ref(false)
  const saveForm = reactive({ name: '', sharedWithGroup: '' })

  async function loadSavedFilters() {
    try {
      const data = await listTaskFilters()
      savedFilters.value = Array.isArray(data) ? data : []
    } catch {
      // The list works without them.
      savedFilters.value = null
    }
  }

  /**
   * The server names the filter's name `name`, as the task-name filter is named: its
   * errors go to "Name this filter". Errors in the criteria go to the filters' own fields.
   * @param {string | null} field
   */
  function saveErrorField(field) {
    if (!field || /(^|\.)criteria(\.|$)/.test(field)) return field
    return /(^|\.)name$/.test(field) ? 'filterName' : field
  }

  async function saveFilter() {
    if (savingFilter.value) return
    const name = saveForm.name.trim()
    if (!name) {
      errors.setErrors([{ field: 'filterName', message: 'Enter a name for this filter' }])
      return
    }
    savingFilter.value = true
    starting()
    try {
      const created = await saveTaskFilter({
        name,
        criteria: criteria.value,
        sharedWithGroup: saveForm.sharedWithGroup || null,
      })
      errors.clearErrors()
      if (created && typeof created === 'object') savedFilters.value = [...(savedFilters.value ?? []), created]
      else await loadSavedFilters()
      saveForm.name = ''
      saveForm.sharedWithGroup = ''
      say(`Filter saved as ${name}`)
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        errors.setErrors(error.errors.map((e) => ({ ...e, field: saveErrorField(e.field) })))
      } else {
        errors.setFromError(error)
      }
    } finally {
      savingFilter.value = false
    }
  }

  /** @param {any} filter */
  async function deleteFilter(filter) {
    if (deletingFilterId.value) return
    deletingFilterId.value = filter.id
    starting()
    try {
      await deleteTaskFilter(filter.id)
      errors.clearErrors()
      savedFilters.value = (savedFilters.value ?? []).filter((f) => f.id !== filter.id)
      say('Filter deleted')
      await nextTick()
      savedFiltersEl.value?.focus()
    } catch (error) {
      errors.setFromError(error)
    } finally {
      deletingFilterId.value = null
    }
  }

  return { savedFilters, savedFiltersEl, deletingFilterId, savingFilter, saveForm, loadSavedFilters, saveFilter, deleteFilter }
}

/** The task list a saved filter shows. @param {{ criteria?: Record<string, unknown> }} filter */
export function savedFilterLink(filter) {
  /** @type {Record<string, string>} */
  const query = {}
  for (const [name, value] of Object.entries(filter.criteria ?? {})) {
    if (value === null || value === undefined || value === '' || value === false) continue
    if (name === 'view' && value === 'mine') continue
    query[name] = String(value)
  }
  return { name: 'tasks', query }
}
