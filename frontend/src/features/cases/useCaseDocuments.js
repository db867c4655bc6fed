import { ref } from 'vue'
import { getCase } from './api.js'

/** The API's names for the fields of the upload form in CaseDocuments.vue. */
export const DOCUMENT_FIELDS = ['file', 'description']

/**
 * The documents on a case, and what a page does when CaseDocuments.vue reports back:
 * a new document is added to the list with a success message; problems go to the
 * page's error summary and beside the fields (the page's useFormErrors must know
 * {@link DOCUMENT_FIELDS}, and pass `errorFor('file')` and `errorFor('description')`
 * to the component).
 *
 * @param {{ setErrors: (list: { field: string | null, message: string, href?: string | null }[]) => void,
 *   setFromError: (error: unknown) => void, clearErrors: () => void }} errors the page's useFormErrors
 * @param {(message: string | null) => void} notify shows a success message, or takes it away (null)
 */
export function useCaseDocuments(errors, notify) {
  /** @type {import('vue').Ref<any[]>} */
  const documents = ref([])
  /** Only for documents loaded with {@link loadDocuments}. */
  const documentsState = ref(/** @type {'loading' | 'ready' | 'failed'} */ ('loading'))

  /** @param {unknown} list */
  function setDocuments(list) {
    documents.value = Array.isArray(list) ? list : []
  }

  let loads = 0

  /**
   * Loads the documents from the case (getCase), for a page that does not
   * show the rest of the case. A failure is only shown where the documents would be.
   * @param {string} kind
   * @param {string} id
   */
  async function loadDocuments(kind, id) {
    const mine = ++loads
    documentsState.value = 'loading'
    try {
      const answer = await getCase(kind, id)
      if (mine !== loads) return
      setDocuments(answer?.documents)
      documentsState.value = 'ready'
    } catch {
      if (mine !== loads) return
      setDocuments([])
      documentsState.value = 'failed'
    }
  }

  /** @param {any} created the document the server added */
  function onUploaded(created) {
    errors.clearErrors()
    if (created && typeof created === 'object') documents.value = [...documents.value, created]
    notify(created?.fileName ? `${created.fileName} has been uploaded` : 'The document has been uploaded')
  }

  /** @param {{ field: string | null, message: string, href?: string | null }[]} list */
  function onUploadErrors(list) {
    notify(null)
    errors.setErrors(list)
  }

  /** @param {unknown} error */
  function onUploadFailed(error) {
    notify(null)
    errors.setFromError(error)
  }

  return { documents, documentsState, setDocuments, loadDocuments, onUploaded, onUploadErrors, onUploadFailed }
}
