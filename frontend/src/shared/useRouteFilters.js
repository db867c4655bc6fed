import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { pageToQuery } from './paging.js'

/**
 * A search form whose filters are kept in the address bar, so that a search can be shared and the
 * back button goes back to the one before.
 *
 * @template {string} F
 * @param {string} name the name of the page's route
 * @param {readonly F[]} filters the filters, named as the API and the address bar name them
 * @param {Record<F, string> | null} form the search form's values, by filter; null when the page's form
 *   makes its own query (it searches with `searchFor`)
 * @param {() => Promise<void>} load looks again, when a search does not change the address
 */
export function useRouteFilters(name, filters, form, load) {
  const route = useRoute()
  const router = useRouter()

  /** The filters in the address bar, as set when the search was made: only those with a value. */
  const applied = computed(() => {
    /** @type {Record<string, string>} */
    const found = {}
    for (const filter of filters) {
      const raw = route.query[filter]
      const value = (Array.isArray(raw) ? raw[0] : raw) ?? ''
      if (typeof value === 'string' && value.trim()) found[filter] = value.trim()
    }
    return found
  })
  const filtered = computed(() => Object.keys(applied.value).length > 0)

  /** Shows the filters in the address bar in the form. */
  function fillForm() {
    if (form) for (const filter of filters) form[filter] = applied.value[filter] ?? ''
  }

  /** Puts a search in the address bar. @param {Record<string, string>} query */
  async function searchFor(query) {
    const before = route.fullPath
    await router.push({ name, query })
    // Searching again for the same thing does not change the address, but should still look again.
    if (route.fullPath === before) await load()
  }

  /** Puts the form's filters with a value in the address bar. */
  async function search() {
    if (!form) return
    /** @type {Record<string, string>} */
    const query = {}
    for (const filter of filters) {
      const value = form[filter].trim()
      if (value) query[filter] = value
    }
    await searchFor(query)
  }

  /** The address of another page of what was found. @param {number} page */
  const pageLink = (page) => ({ name, query: { ...applied.value, page: pageToQuery(page) } })

  return { applied, filtered, fillForm, search, searchFor, pageLink }
}
