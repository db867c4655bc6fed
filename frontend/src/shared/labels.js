/** Words shown to people for the API's codes, shared by every feature; each feature has its own in its labels.js. */

import { formatFileSize } from './format.js'

export const PLATFORMS = [
  { value: 'X_TWITTER', label: 'X (Twitter)' },
  { value: 'FACEBOOK', label: 'Facebook' },
  { value: 'INSTAGRAM', label: 'Instagram' },
  { value: 'YOUTUBE', label: 'YouTube' },
  { value: 'LINKEDIN', label: 'LinkedIn' },
  { value: 'WHATSAPP', label: 'WhatsApp' },
  { value: 'OTHER', label: 'Other' },
]

/** "ACCOUNT_REQUEST_SUBMITTED" -> "Account request submitted". @param {string | null | undefined} code */
export function humanise(code) {
  if (!code) return ''
  const words = String(code).replace(/_/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * "3 tasks", "1 task".
 * @param {number} count
 * @param {string} [noun]
 */
export function plural(count, noun = 'task') {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** @param {string | null | undefined} value */
export function platformLabel(value) {
  const found = PLATFORMS.find((p) => p.value === String(value ?? '').toUpperCase())
  return found ? found.label : humanise(value)
}

const FILE_TYPES = /** @type {Record<string, string>} */ ({
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
})

/** "PDF" for application/pdf; empty for a type without a short name. @param {string | null | undefined} mediaType */
export function fileTypeLabel(mediaType) {
  return FILE_TYPES[String(mediaType ?? '').toLowerCase().split(';')[0].trim()] ?? ''
}

/** "PDF, 12 kB": a file's type and size, as much of them as is known. @param {{ mediaType?: string | null, size?: number | null }} file */
export function fileSummary(file) {
  return [fileTypeLabel(file.mediaType), formatFileSize(file.size)].filter(Boolean).join(', ')
}
