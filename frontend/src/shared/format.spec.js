import { describe, expect, it } from 'vitest'
import {
  externalHref,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatFileSize,
  formatTime,
  formatWhen,
  inAppPath,
  isOverdue,
  toIsoDate,
} from './format.js'

describe('formatDate', () => {
  it('shows an instant as a UK date', () => {
    expect(formatDate('2026-11-27T14:05:00Z')).toBe('27 November 2026')
  })

  it('uses London time during British Summer Time', () => {
    expect(formatDate('2026-07-01T23:30:00Z')).toBe('2 July 2026')
    expect(formatTime('2026-07-01T23:30:00Z')).toBe('00:30')
    expect(formatDateTime('2026-07-01T23:30:00Z')).toBe('2 July 2026 at 00:30')
  })

  it('uses GMT in winter', () => {
    expect(formatDateTime('2026-11-27T14:05:00Z')).toBe('27 November 2026 at 14:05')
    expect(formatDateTime('2026-12-31T23:30:00Z')).toBe('31 December 2026 at 23:30')
  })

  it('copes with the clocks changing', () => {
    // Clocks go forward at 01:00 GMT on 29 March 2026.
    expect(formatTime('2026-03-29T00:59:00Z')).toBe('00:59')
    expect(formatTime('2026-03-29T01:00:00Z')).toBe('02:00')
  })

  it('shows nothing for a missing or broken value', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
    expect(formatDate('not a date')).toBe('')
    expect(formatDateTime('')).toBe('')
  })
})

describe('formatCalendarDate', () => {
  it('shows a calendar date without shifting it', () => {
    expect(formatCalendarDate('2026-07-01')).toBe('1 July 2026')
    expect(formatCalendarDate('2026-01-09')).toBe('9 January 2026')
  })
})

describe('toIsoDate', () => {
  it('gives the London calendar date of an instant, for a date input', () => {
    expect(toIsoDate('2026-07-01T23:30:00Z')).toBe('2026-07-02')
    expect(toIsoDate('2026-12-04T17:00:00Z')).toBe('2026-12-04')
    expect(toIsoDate('2026-12-04')).toBe('2026-12-04')
    expect(toIsoDate(null)).toBe('')
    expect(toIsoDate('not a date')).toBe('')
  })
})

describe('isOverdue', () => {
  const now = Date.parse('2026-11-27T12:00:00Z')

  it('is overdue once the due time has passed', () => {
    expect(isOverdue('2026-11-27T11:59:00Z', now)).toBe(true)
    expect(isOverdue('2026-11-27T12:01:00Z', now)).toBe(false)
    expect(isOverdue(null, now)).toBe(false)
  })

  it('counts a calendar date as due by the end of that day', () => {
    expect(isOverdue('2026-11-27', now)).toBe(false)
    expect(isOverdue('2026-11-26', now)).toBe(true)
  })
})

describe('formatFileSize', () => {
  it('shows bytes, kilobytes and megabytes', () => {
    expect(formatFileSize(0)).toBe('0 bytes')
    expect(formatFileSize(1)).toBe('1 byte')
    expect(formatFileSize(850)).toBe('850 bytes')
    expect(formatFileSize(12345)).toBe('12 kB')
    expect(formatFileSize(2.4 * 1024 * 1024)).toBe('2.4 MB')
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3 MB')
    expect(formatFileSize(12.6 * 1024 * 1024)).toBe('13 MB')
  })

  it('shows nothing for a missing size', () => {
    expect(formatFileSize(null)).toBe('')
    expect(formatFileSize(undefined)).toBe('')
    expect(formatFileSize(-1)).toBe('')
  })
})

describe('inAppPath', () => {
  it('keeps the path and query of a link to this app', () => {
    expect(inAppPath('https://socialgov.example/tasks/abc')).toBe('/tasks/abc')
    expect(inAppPath('http://localhost:8080/requests/r-1?from=email#top')).toBe('/requests/r-1?from=email')
    expect(inAppPath('/tasks/abc')).toBe('/tasks/abc')
  })

  it('gives nothing for a missing or unusable link', () => {
    expect(inAppPath(null)).toBeNull()
    expect(inAppPath('')).toBeNull()
    expect(inAppPath('mailto:someone@example.com')).toBeNull()
    expect(inAppPath('javascript:alert(1)')).toBeNull()
  })
})

describe('formatWhen', () => {
  it('gives only the time on the same London day, and the date too otherwise', () => {
    expect(formatWhen('2026-11-27T14:06:00Z', '2026-11-27T09:00:00Z')).toBe('at 14:06')
    expect(formatWhen('2026-07-01T23:30:00Z', '2026-07-01T20:00:00Z')).toBe('on 2 July 2026 at 00:30')
    expect(formatWhen('2026-11-28T07:00:00Z', Date.parse('2026-11-27T12:00:00Z'))).toBe('on 28 November 2026 at 07:00')
    expect(formatWhen(null, '2026-11-27T09:00:00Z')).toBe('')
  })
})

describe('externalHref', () => {
  it('links only to web addresses', () => {
    expect(externalHref('https://www.facebook.com/AnytownLibraries')).toBe('https://www.facebook.com/AnytownLibraries')
    expect(externalHref(' http://example.org ')).toBe('http://example.org/')
    expect(externalHref('javascript:alert(1)')).toBeNull()
    expect(externalHref('facebook.com/anytown')).toBeNull()
    expect(externalHref('')).toBeNull()
    expect(externalHref(null)).toBeNull()
  })
})
