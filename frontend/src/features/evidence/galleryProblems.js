/** What EvidenceGallery.vue tells its page when a post, a file or a seal could not be kept. */

import { ApiError } from '../../shared/apiClient.js'
import { renameFieldErrors } from '../../shared/useFormErrors.js'
import { EVIDENCE_FIELD_NAMES as F, EVIDENCE_MAX_BYTES, evidenceFileInputId } from './evidence.js'

/** Where a file error links to: the new post's file input (its own field) or a draft's. @param {string} target */
const fileHref = (target) => (target === 'new' ? null : `#${evidenceFileInputId(target)}`)

/**
 * A failed request's problems for the page's error summary, each by the gallery's field for it;
 * null when the error is for the page to show as it shows any other.
 * @param {unknown} error
 * @param {string} target whose file input a file error is for: "new" or a draft's id
 * @param {{ field: string | null, message: string, href?: string | null }[]} [more] said after them
 * @returns {{ field: string | null, message: string, href?: string | null }[] | null}
 */
export function galleryProblems(error, target, more = []) {
  const href = fileHref(target)
  let listed = renameFieldErrors(error, F)
  if (!listed && error instanceof ApiError && error.status === 413) {
    listed = [{ field: F.file, message: 'The selected file must be smaller than 10 MB', href: null }]
  }
  if (listed) return [...listed.map((e) => (e.field === F.file && href ? { ...e, href } : e)), ...more]
  if (!more.length) return null
  // The post was saved: say so, as well as what went wrong.
  let message = 'Sorry, there is a problem with the service. Try again later.'
  if (error instanceof ApiError && error.status === 403 && !error.detail) message = 'You do not have permission to do this'
  else if (error instanceof ApiError && (error.detail || error.title)) message = /** @type {string} */ (error.detail || error.title)
  return [{ field: null, message }, ...more]
}

/** A file too large to send, said at once; null when none is. @param {File[]} files @param {string} target */
export function tooLargeFile(files, target) {
  const big = files.find((file) => file.size > EVIDENCE_MAX_BYTES)
  if (!big) return null
  return {
    field: F.file,
    message: files.length > 1 ? `${big.name} must be smaller than 10 MB` : 'The selected file must be smaller than 10 MB',
    href: fileHref(target),
  }
}
