import { ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { pageFromQuery, pageOf, pageToQuery } from './paging.js'

/**
 * A list shown a page at a time on a page of its own, whose address says which ("?page=2"): read
 * again whenever that changes. What goes wrong goes to the page's error summary.
 *
 * @param {{ route: string, read: (page: number, size: number) => Promise<any>, size?: number,
 *   errors: { setFromError: (error: unknown) => void, clearErrors: () => void },
 *   forgetOnError?: boolean, keep?: (data: any) => Record<string, unknown>,
 *   filters?: () => unknown, when?: () => boolean }} options
 *   `route`: the name of the page's route; `read`: reads one page from the feature's API;
 *   `errors`: the page's useFormErrors; `forgetOnError`: stop showing the list when it cannot be
 *   read, rather than keep the page shown before; `keep`: more of the answer to keep with the list;
 *   `filters`: what else in the address bar the list depends on (read again when it changes);
 *   `when`: whether the list is to be read at all (for those who may see it)
 */
export function usePagedList({
  route: name,
  read,
  size = 50,
  errors,
  forgetOnError = false,
  keep = () => ({}),
  filters = () => null,
  when = () => true,
}) {
  const route = useRoute()
  /** The page shown, and what `keep` kept; null until one has been read. */
  const result = ref(/** @type {(import('./apiClient.js').Page<any> & Record<string, any>) | null} */ (null))
  /** What went wrong when the list was last read; null when it was read. */
  const failure = ref(/** @type {unknown} */ (null))
  /** Whether the list is being read (not when refreshed quietly). */
  const loading = ref(false)

  let loads = 0

  /**
   * Reads the page of the list the address asks for; only the answer to the last read counts. A
   * quiet read, to refresh the list, leaves the error summary alone and keeps what is shown if it fails.
   * @param {{ quiet?: boolean }} [options]
   */
  async function load({ quiet = false } = {}) {
    if (route.name !== name || !when()) return
    const mine = ++loads
    if (!quiet) {
      errors.clearErrors()
      failure.value = null
      loading.value = true
    }
    const page = pageFromQuery(route.query.page)
    try {
      const data = await read(page, size)
      if (mine !== loads) return
      result.value = { ...pageOf(data, page, size), ...keep(data) }
    } catch (error) {
      if (mine !== loads || quiet) return
      if (forgetOnError) result.value = null
      failure.value = error
      errors.setFromError(error)
    } finally {
      if (mine === loads) loading.value = false
    }
  }

  /** The address of another page of the list. @param {number} page */
  const pageLink = (page) => ({ name, query: { page: pageToQuery(page) } })

  watch([() => route.query.page, filters], () => load(), { immediate: true })

  return { result, failure, loading, load, pageLink }
}
