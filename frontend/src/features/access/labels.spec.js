import { describe, expect, it } from 'vitest'
import { corporateAccountLabel } from './labels.js'

describe('corporateAccountLabel', () => {
  it('names a corporate account with its platform and, unless asked not to, its handle', () => {
    const account = { id: 'acc-1', name: 'Anytown Council', platformLabel: 'Facebook', handle: '@AnytownCouncil' }
    expect(corporateAccountLabel(account)).toBe('Anytown Council (Facebook, @AnytownCouncil)')
    expect(corporateAccountLabel(account, { handle: false })).toBe('Anytown Council (Facebook)')
    expect(corporateAccountLabel({ ...account, handle: null })).toBe('Anytown Council (Facebook)')
    expect(corporateAccountLabel({ name: 'Anytown Council' })).toBe('Anytown Council')
    expect(corporateAccountLabel(null)).toBe('')
  })
})
