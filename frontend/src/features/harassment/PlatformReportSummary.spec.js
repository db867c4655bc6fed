import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PlatformReportSummary from './PlatformReportSummary.vue'

/** @param {import('@vue/test-utils').VueWrapper} wrapper */
const rows = (wrapper) =>
  wrapper.findAll('.summary-list__row').map((row) => [row.get('dt').text(), row.get('dd').text().replace(/\s+/g, ' ')])

describe('PlatformReportSummary', () => {
  it('shows only the reference, the platform, each account to report or block, and the links to the posts', () => {
    const wrapper = mount(PlatformReportSummary, {
      props: {
        report: {
          reference: 'HR-2026-0001',
          platform: 'X_TWITTER',
          platformLabel: 'X (Twitter)',
          offendingAccounts: ' @troll123 \r\n\n@another_account\n',
          postLinks: ['https://x.com/troll123/status/1', 'javascript:alert(1)'],
          // Anything else the server might send is not shown.
          description: 'Said they know where I live',
          memberName: 'Councillor Jones',
        },
      },
    })

    expect(rows(wrapper)).toEqual([
      ['Reference', 'HR-2026-0001'],
      ['Platform', 'X (Twitter)'],
      ['Accounts to report or block', '@troll123@another_account'],
      ['Links to the posts', 'https://x.com/troll123/status/1javascript:alert(1)'],
    ])
    // Each account and link on its own line.
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      '@troll123',
      '@another_account',
      'https://x.com/troll123/status/1',
      'javascript:alert(1)',
    ])
    // Only a web address is a link, and it does not tell the site where it came from.
    expect(wrapper.findAll('a').map((a) => [a.attributes('href'), a.attributes('rel')])).toEqual([
      ['https://x.com/troll123/status/1', 'noopener noreferrer'],
    ])
    expect(wrapper.text()).not.toContain('Councillor Jones')
    expect(wrapper.text()).not.toContain('where I live')
  })

  it('says when no accounts or links were given', () => {
    const wrapper = mount(PlatformReportSummary, {
      props: { report: { reference: 'HR-2026-0002', platform: 'OTHER', platformLabel: null, offendingAccounts: '', postLinks: null } },
    })

    expect(rows(wrapper)).toEqual([
      ['Reference', 'HR-2026-0002'],
      ['Platform', 'OTHER'],
      ['Accounts to report or block', 'None given'],
      ['Links to the posts', 'None given'],
    ])
  })
})
