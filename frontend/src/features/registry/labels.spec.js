import { describe, expect, it } from 'vitest'
import { countText, kindLabel, latestCountText } from './labels.js'

describe('kindLabel', () => {
  it('names every kind of account', () => {
    expect(kindLabel('CORPORATE')).toBe('Corporate')
    expect(kindLabel('DEPARTMENTAL')).toBe('Departmental')
    expect(kindLabel('campaign')).toBe('Campaign')
  })
})

describe('follower counts', () => {
  it('says what was counted', () => {
    expect(countText(8756, 'FOLLOWERS')).toBe('8,756 followers')
    expect(countText(31515, 'VIEWS')).toBe('31,515 views')
    expect(countText(1, 'FOLLOWERS')).toBe('1 follower')
    expect(countText(null, 'FOLLOWERS')).toBe('')
  })

  it('gives the latest count with its date, naming views but not followers', () => {
    expect(latestCountText({ count: 8756, metric: 'FOLLOWERS', countedOn: '2020-01-28' })).toBe('8,756 on 28 January 2020')
    expect(latestCountText({ count: 31515, metric: 'VIEWS', countedOn: '2020-01-28' })).toBe(
      '31,515 views on 28 January 2020',
    )
    expect(latestCountText(null)).toBe('Not recorded')
  })
})
