import { describe, expect, it } from 'vitest'
import { ADMIN, listPage, STAFF } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const SENT = {
  id: 'n3',
  recipient: 'alex.morgan',
  email: 'alex.morgan@anytown.gov.uk',
  kind: 'TASK_OFFERED',
  createdAt: '2026-11-27T14:05:00Z',
  status: 'SENT',
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  sentAt: '2026-11-27T14:06:00Z',
}
const FAILING = {
  id: 'n2',
  recipient: 'priya.shah',
  email: 'priya.shah@anytown.gov.uk',
  kind: 'DECISION',
  createdAt: '2026-11-27T13:00:00Z',
  status: 'PENDING',
  attempts: 3,
  nextAttemptAt: '2026-11-28T09:30:00Z',
  lastError: 'Connection refused: smtp.anytown.gov.uk:25',
  sentAt: null,
}
const HELD = {
  id: 'n1',
  recipient: 'nia.roberts',
  email: null,
  kind: 'TASK_ESCALATED',
  createdAt: '2026-11-26T16:00:00Z',
  status: 'HELD',
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  sentAt: null,
}

/** @param {HTMLElement} row */
const cells = (row) => [...row.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim())

describe('OutboxView', () => {
  it('shows administrators whom each message is for and whether it went, with failed attempts', async () => {
    const { root, calls } = await renderApp('/admin/outbox', {
      'GET /api/me': { body: ADMIN },
      'GET /api/notifications': listPage([SENT, FAILING, HELD], { total: 120, emailEnabled: true }),
    })

    const table = await waitFor(() => getByRole(root, 'table'))
    expectTitled(root, 'Outbox')
    expect(calls.find((c) => c.path === '/api/notifications').search).toBe('?page=0&size=50')
    expect(
      hasText(
        root,
        'Every message SocialGov has sent or would have sent. Administrators see who each message is for and whether it went, not what it says.',
      ),
    ).toBe(true)
    expect(hasText(root, 'Email is switched off')).toBe(false)
    expect(table.querySelector('caption').textContent.trim()).not.toBe('')

    const [header, ...rows] = queryAllByRole(table, 'row')
    expect([...header.querySelectorAll('th')].map((th) => th.textContent.trim())).toEqual([
      'Created',
      'Recipient',
      'Kind',
      'Status',
      'Sent',
    ])
    expect(rows.map(cells)).toEqual([
      [
        '27 November 2026 at 14:05',
        'alex.morgan alex.morgan@anytown.gov.uk',
        'New task for a team',
        'Emailed at 14:06',
        '27 November 2026 at 14:06',
      ],
      [
        '27 November 2026 at 13:00',
        'priya.shah priya.shah@anytown.gov.uk',
        'Decision on a request',
        'Not sent yet: 3 failed attempts, next on 28 November 2026 at 09:30 Last error: Connection refused: smtp.anytown.gov.uk:25',
        '',
      ],
      ['26 November 2026 at 16:00', 'nia.roberts', 'Overdue task', 'Held for the daily digest', ''],
    ])
    // The last error is a secondary line, not the status itself.
    const error = /** @type {HTMLElement} */ (rows[1].querySelectorAll('td')[3].querySelector('.table__secondary'))
    expect(error.textContent.trim()).toBe('Last error: Connection refused: smtp.anytown.gov.uk:25')

    expect(hasText(root, 'Showing 1 to 3 of 120')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe('/admin/outbox?page=2')
  })

  it('says when email is switched off and when there are no messages', async () => {
    const { root } = await renderApp('/admin/outbox', { 'GET /api/me': { body: ADMIN }, 'GET /api/notifications': listPage([], { emailEnabled: false }) })

    await waitFor(() => expect(hasText(root, 'There are no messages in the outbox.')).toBe(true))
    const inset = /** @type {HTMLElement} */ (root.querySelector('.inset-text'))
    expect(
      hasText(inset, 'Email is switched off, so nothing is sent; people see their messages on their Your messages page.'),
    ).toBe(true)
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('is not shown to people who are not administrators', async () => {
    const { root, router, calls } = await renderApp('/admin/outbox', { 'GET /api/me': { body: STAFF } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
    expect(router.currentRoute.value.path).toBe('/admin/outbox')
    expect(document.title).toBe('You do not have permission to see this page – SocialGov')
    expect(queryAllByRole(root, 'link', { name: 'Outbox' })).toHaveLength(0)
    expect(calls.filter((c) => c.path === '/api/notifications')).toHaveLength(0)
  })
})
