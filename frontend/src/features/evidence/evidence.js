/**
 * Evidence: retained copies of posts on a case (breach investigations, harassment reports),
 * as EvidenceGallery.vue shows them.
 */

import { addEvidence, addEvidenceFile, sealEvidence } from './api.js'

/** The files a post can have, for a file input's `accept`: PDFs, PNGs and JPEGs. */
export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg'
/** The largest file the server takes: 10 MB. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024

/** The id of a draft post's file input, which error summaries link to. @param {string} itemId */
export const evidenceFileInputId = (itemId) => `evidence-file-${itemId}`

const MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg']
const EXTENSIONS = /\.(pdf|png|jpe?g)$/i

/**
 * What is wrong with a file chosen to keep as evidence, said before it is sent; null when
 * nothing is. A file the browser gives no type for is judged by its name.
 * @param {File} file
 * @param {{ several?: boolean }} [options] `several` when more than one file was chosen, so the
 *   message names the file
 */
export function evidenceFileProblem(file, { several = false } = {}) {
  const which = several ? file.name : 'The selected file'
  const type = String(file.type ?? '').toLowerCase()
  if (type ? !MEDIA_TYPES.includes(type) : !EXTENSIONS.test(file.name)) return `${which} must be a PDF, PNG or JPEG`
  if (file.size > EVIDENCE_MAX_BYTES) return `${which} must be smaller than 10 MB`
  if (file.size === 0) return `${which} is empty`
  return null
}

/**
 * Keeps a post as evidence on a case, with its files, and seals it: the record, then each file,
 * then the seal (see EvidenceGallery.vue). Stops at the first request that fails, leaving the post
 * not sealed yet, to finish on the case's page.
 *
 * @param {string} type the kind of case, as the API names it, such as "member-harassment-report"
 * @param {string} id the case's id
 * @param {{ platform: string, url?: string | null, authorHandle: string, postedAt?: string | null, text?: string | null }} post
 * @param {File[]} files
 * @param {(message: string) => void} [progress] told what is being done, for a live region
 * @returns {Promise<{ item: any, sealed: boolean, error: unknown }>} the post as last saved (null
 *   when it could not be), whether it was sealed, and what went wrong (null when nothing did)
 */
export async function keepPostAsEvidence(type, id, post, files, progress = () => {}) {
  let item = null
  try {
    item = await addEvidence(type, id, post)
    for (const [index, file] of files.entries()) {
      progress(files.length > 1 ? `Adding file ${index + 1} of ${files.length}` : 'Adding the file')
      const body = new FormData()
      body.append('file', file, file.name)
      await addEvidenceFile(type, id, item.id, body)
    }
    progress('Sealing the evidence')
    const sealed = await sealEvidence(type, id, item.id)
    return { item: sealed && typeof sealed === 'object' ? sealed : item, sealed: true, error: null }
  } catch (error) {
    return { item, sealed: false, error }
  }
}

/**
 * The page's names for the fields of the "Add a post" form and the files added to a draft, so
 * they are told apart from the case's other forms. A page showing EvidenceGallery.vue gives
 * these to its useFormErrors (CasePage's `fields`), and passes its `errorFor` to the gallery.
 */
export const EVIDENCE_FIELD_NAMES = /** @type {Record<string, string>} */ ({
  platform: 'evidence.platform',
  url: 'evidence.url',
  authorHandle: 'evidence.authorHandle',
  postedAt: 'evidence.postedAt',
  text: 'evidence.text',
  file: 'evidence.file',
})

export const EVIDENCE_FIELDS = Object.values(EVIDENCE_FIELD_NAMES)

/**
 * What a check found for one record or file: "matches" (true), "changed" (false: the only
 * mismatch), or not checked (null), because its post is not sealed yet or it has been destroyed.
 * @typedef {'matches' | 'changed' | 'not-sealed' | 'destroyed'} CheckResult
 */

/** What each result says. @type {Record<CheckResult, string>} */
export const CHECK_RESULT_LABELS = {
  matches: 'Matches its fingerprint',
  changed: 'Does not match its fingerprint',
  'not-sealed': 'Not checked: not sealed yet',
  destroyed: 'Not checked: destroyed',
}

/**
 * Each record and file the check looked at, in the order of the posts: the record of a post
 * (`file` null), then each of its files (`file` with its name, as the evidence list has it, and
 * its number among the post's files). Only `false` is a mismatch. A record not checked
 * (`recordIntact: null`) is its post's not sealed yet, or destroyed; a file not checked
 * (`intact: null`) was destroyed, unless its post is not sealed yet.
 *
 * @param {{ items?: { id: string, number?: number, sealed?: boolean, disposed?: boolean, recordIntact?: boolean | null, files?: { id: string, intact?: boolean | null }[] }[] } | null | undefined} verification
 * @param {{ id: string, number?: number, sealed?: boolean, disposed?: boolean, files?: { id: string, fileName?: string | null }[] }[]} items the evidence as listed
 * @returns {{ post: number | string, file: { name: string | null, number: number } | null, result: CheckResult }[]}
 */
export function evidenceCheckResults(verification, items) {
  /** @param {any} checked */
  const numberOf = (checked) => checked.number ?? items.find((i) => i.id === checked.id)?.number ?? '?'
  const checkedItems = (Array.isArray(verification?.items) ? [...verification.items] : []).sort(
    (a, b) => (Number(numberOf(a)) || 0) - (Number(numberOf(b)) || 0),
  )
  /** @param {boolean | null | undefined} intact @param {CheckResult} notChecked @returns {CheckResult} */
  const resultOf = (intact, notChecked) => (intact === true ? 'matches' : intact === false ? 'changed' : notChecked)

  /** @type {{ post: number | string, file: { name: string | null, number: number } | null, result: CheckResult }[]} */
  const results = []
  for (const checked of checkedItems) {
    const item = items.find((i) => i.id === checked.id)
    const post = numberOf(checked)
    const disposed = Boolean(checked.disposed ?? item?.disposed)
    const sealed = Boolean(checked.sealed ?? item?.sealed)
    results.push({ post, file: null, result: resultOf(checked.recordIntact, disposed ? 'destroyed' : 'not-sealed') })
    const files = Array.isArray(checked.files) ? checked.files : []
    const listed = Array.isArray(item?.files) ? item.files : []
    files.forEach((file, position) => {
      const index = listed.findIndex((f) => f.id === file.id)
      results.push({
        post,
        file: { name: index >= 0 ? (listed[index].fileName ?? null) : null, number: (index >= 0 ? index : position) + 1 },
        result: resultOf(file.intact, !disposed && !sealed ? 'not-sealed' : 'destroyed'),
      })
    })
  }
  return results
}

/**
 * What was checked, in words: "The record", "post.png", "File 2" for a file without its name.
 * @param {{ file: { name: string | null, number: number } | null }} result
 */
export const checkedThing = (result) => (result.file ? result.file.name || `File ${result.file.number}` : 'The record')

/**
 * What did not match when the evidence was checked, in words, one line for each record or file:
 * "Post 2: the record does not match its fingerprint", "Post 3: screenshot.png does not match
 * its fingerprint", "Post 1: file 2 does not match its fingerprint". Only `false` is a mismatch:
 * what was not checked (`null`) is not listed.
 *
 * @param {Parameters<typeof evidenceCheckResults>[0]} verification
 * @param {Parameters<typeof evidenceCheckResults>[1]} items the evidence as listed
 * @returns {string[]}
 */
export function evidenceMismatches(verification, items) {
  return evidenceCheckResults(verification, items)
    .filter((r) => r.result === 'changed')
    .map((r) => {
      const what = r.file ? r.file.name || `file ${r.file.number}` : 'the record'
      return `Post ${r.post}: ${what} does not match its fingerprint`
    })
}
