/**
 * UK date formatting. Instants from the API are shown in Europe/London time,
 * so they are right whether or not British Summer Time is in force.
 */

const LONDON = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

// A calendar date (no time of day) is formatted as itself, not shifted by a time zone.
const calendarDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** @param {string | number | Date | null | undefined} value */
function toDate(value) {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * "27 November 2026"
 * @param {string | number | Date | null | undefined} instant
 */
export function formatDate(instant) {
  const date = toDate(instant)
  return date ? dateFormat.format(date) : ''
}

/**
 * "14:05" (24-hour clock)
 * @param {string | number | Date | null | undefined} instant
 */
export function formatTime(instant) {
  const date = toDate(instant)
  return date ? timeFormat.format(date) : ''
}

/**
 * "27 November 2026 at 14:05"
 * @param {string | number | Date | null | undefined} instant
 */
export function formatDateTime(instant) {
  const date = toDate(instant)
  return date ? `${dateFormat.format(date)} at ${timeFormat.format(date)}` : ''
}

/**
 * A calendar date such as "2026-11-27" (ISO local date) as "27 November 2026".
 * @param {string | null | undefined} isoDate
 */
export function formatCalendarDate(isoDate) {
  if (!isoDate) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return formatDate(isoDate)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return Number.isNaN(date.getTime()) ? '' : calendarDateFormat.format(date)
}

const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The London calendar date of an instant as "2026-11-27", for date inputs. A value
 * that is already a calendar date is kept as it is.
 * @param {string | number | Date | null | undefined} value
 */
export function toIsoDate(value) {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = toDate(value)
  if (!date) return ''
  const parts = Object.fromEntries(isoDateFormat.formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/**
 * Whether a due date has passed. A calendar date ("2026-11-27") is due by the end of that day.
 * @param {string | number | Date | null | undefined} due
 * @param {number} [now]
 */
export function isOverdue(due, now = Date.now()) {
  if (due === null || due === undefined || due === '') return false
  if (typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due)) return toIsoDate(now) > due
  const date = toDate(due)
  return date ? date.getTime() < now : false
}

/**
 * A file size as people read it: "850 bytes", "12 kB", "2.4 MB" (1 kB = 1024 bytes).
 * @param {number | null | undefined} bytes
 */
export function formatFileSize(bytes) {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`
  const mb = bytes / (1024 * 1024)
  return `${mb < 10 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`
}

/**
 * The path inside this app of a link from the server, such as the link in a message:
 * "https://host/tasks/abc?x=1" -> "/tasks/abc?x=1". Null when there is no usable link.
 * @param {string | null | undefined} link
 */
export function inAppPath(link) {
  if (typeof link !== 'string' || !link.trim()) return null
  try {
    const url = new URL(link.trim(), 'http://localhost')
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return `${url.pathname}${url.search}`
  } catch {
    return null
  }
}

/**
 * When something happened, said in the shortest clear way next to another moment:
 * "at 14:05" on the same London day, otherwise "on 27 November 2026 at 14:05".
 * @param {string | number | Date | null | undefined} instant
 * @param {string | number | Date | null | undefined} reference
 */
export function formatWhen(instant, reference) {
  const date = toDate(instant)
  if (!date) return ''
  const same = toIsoDate(date) === toIsoDate(reference ?? null)
  return same ? `at ${timeFormat.format(date)}` : `on ${formatDateTime(date)}`
}

/**
 * A web address from the server that is safe to link to: only http and https addresses,
 * so that a stored "javascript:" address can never run. Null otherwise.
 * @param {string | null | undefined} address
 */
export function externalHref(address) {
  if (typeof address !== 'string' || !address.trim()) return null
  try {
    const url = new URL(address.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
