import { describe, expect, it } from 'vitest'
import { fileTypeLabel } from './labels.js'

describe('fileTypeLabel', () => {
  it('gives the short name of the file types people may upload', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF')
    expect(fileTypeLabel('image/JPEG')).toBe('JPEG')
    expect(fileTypeLabel('image/png; charset=binary')).toBe('PNG')
    expect(fileTypeLabel('text/plain')).toBe('')
    expect(fileTypeLabel(null)).toBe('')
  })
})
