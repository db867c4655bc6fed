import { inject } from 'vue'

/**
 * What a case page (CasePage.vue) offers the forms and parts in it, so that what they do shows in
 * its one success banner and error summary: `notify(message)`, `setErrors(list)`,
 * `setFromError(error)`, `clearErrors()`, `errorFor(field)` for the fields it was told of, and
 * `reload()`, which reads the case again (its status, tasks and timeline) without blanking it.
 *
 * @typedef {{ notify: (message: string | null) => void,
 *   setErrors: (list: { field: string | null, message: string, href?: string | null }[]) => void,
 *   setFromError: (error: unknown) => void, clearErrors: () => void,
 *   errorFor: (field: string) => string | null, reload: () => Promise<void> }} CasePageActions
 */

/** @type {import('vue').InjectionKey<CasePageActions>} */
export const CASE_PAGE = Symbol('case page')

/** The case page a part is in. Only for parts inside CasePage.vue. */
export function useCasePage() {
  const page = inject(CASE_PAGE)
  if (!page) throw new Error('Only a part of a case page can use the case page')
  return page
}
