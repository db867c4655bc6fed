import { ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { pageFromQuery, pageOf, pageToQuery } from './paging.js'

/**
 * A list shown a page at a time on a page of its own, whose address says which ("?page=2"): read
 * again whenever that changes. What goes wrong goes to the page's error summary.
 *
 * @param {{ route: string, read: (page: number, size: number) => Promise<any>, size?: number,
 *   errors: { setFromError: (error: unknown) => void, clearErrors: () => void },
 *   forgetOnError?: boolean, keep?: (data: any) => Record<string, unknown> }} options
 *   `route`: the name of the page's route; `read`: reads one page from the feature's API;
 *   `errors`: the page's useFormErrors; `forgetOnError`: stop showing the list when it cannot be
 *   read, rather than keep the page shown before; `keep`: more of the answer to keep with the list
 */
export function usePagedList({ route: name, read, size = 50, errors, forgetOnError = false, keep = () => ({}) }) {
  const route = useRoute()
  /** The page shown, and what `keep` kept; null until one has been read. */
  const result = ref(/** @type {(import('./apiClient.js').Page<any> & Record<string, any>) | null} */ (null))
  /** What went wrong when the list was last read; null when it was read. */
  const failure = ref(/** @type {unknown} */ (null))

  async function load() {
    if (route.name !== name) return
    errors.clearErrors()
    failure.value = null
    const page = pageFromQuery(route.query.page)
    try {
      const data = await read(page, size)
      result.value = { ...pageOf(data, page, size), ...keep(data) }
    } catch (error) {
      if (forgetOnError) result.value = null
      failure.value = error
      errors.setFromError(error)
    }
  }

  /** The address of another page of the list. @param {number} page */
  const pageLink = (page) => ({ name, query: { page: pageToQuery(page) } })

  watch(() => route.query.page, load, { immediate: true })

  return { result, failure, load, pageLink }
}
