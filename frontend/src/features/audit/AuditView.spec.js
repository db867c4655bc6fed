import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { ADMIN, AUDITOR, badRequest, listPage, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { errorSummaryLink, expectTitled, successBanner } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const ENTRIES = [
  {
    id: 124,
    occurredAt: '2026-11-27T14:05:00Z',
    actor: 'kate.morgan',
    onBehalfOf: 'priya.shah',
    action: 'ACCOUNT_REQUEST_SUBMITTED',
    caseType: 'ACCOUNT_REQUEST',
    caseId: 'req-1',
    caseReference: 'AR-2026-0001',
    detail: 'Anytown Libraries on Facebook',
    sourceAddress: '10.0.0.7',
  },
  {
    id: 123,
    occurredAt: '2026-07-01T23:30:00Z',
    actor: 'linda.price',
    onBehalfOf: null,
    action: 'SIGNED_IN',
    caseType: null,
    caseId: null,
    caseReference: null,
    detail: null,
    sourceAddress: null,
  },
]

describe('AuditView', () => {
  it('shows the entries in a table', async () => {
    const { root, calls } = await renderApp('/audit', { 'GET /api/me': { body: AUDITOR }, 'GET /api/audit': listPage(ENTRIES, { total: 123 }) })

    await waitFor(() => getByRole(root, 'table'))
    expectTitled(root, 'Audit trail')
    expect(calls.find((c) => c.path === '/api/audit').search).toBe('?page=0&size=50')

    const header = queryAllByRole(root, 'row')[0]
    expect([...header.querySelectorAll('th')].map((th) => th.textContent.trim())).toEqual([
      'When',
      'Who',
      'What',
      'Case',
      'Detail',
      'From',
    ])
    const [first, second] = queryAllByRole(root, 'row').slice(1)
    expect([...first.querySelectorAll('td')].map((td) => td.textContent.trim())).toEqual([
      '27 November 2026 at 14:05',
      'kate.morgan for priya.shah',
      'Account request submitted',
      'AR-2026-0001',
      'Anytown Libraries on Facebook',
      '10.0.0.7',
    ])
    expect([...second.querySelectorAll('td')].map((td) => td.textContent.trim())).toEqual([
      '2 July 2026 at 00:30',
      'linda.price',
      'Signed in',
      '',
      '',
      '',
    ])

    expect(hasText(root, 'Showing 1 to 2 of 123')).toBe(true)
    expect(queryAllByRole(root, 'link', { name: 'Previous page' })).toHaveLength(0)
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe('/audit?page=2')
    expect(getByRole(root, 'link', { name: 'Download as CSV' }).getAttribute('href')).toBe('/api/audit/export.csv')
  })

  it('searches with the filters in the address, and downloads the same search as CSV', async () => {
    const { root, router, calls } = await renderApp('/audit', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/audit': ({ search }) => (search.includes('person=') ? listPage([ENTRIES[0]], { page: 1, total: 51 }) : listPage(ENTRIES)),
    })
    await waitFor(() => getByRole(root, 'table'))

    expect(getByRole(root, 'button', { name: 'Search' }).closest('form').getAttribute('method')).toBe('get')
    type(getByLabelText(root, 'Person'), ' kate.morgan ')
    type(getByLabelText(root, 'Case reference'), 'AR-2026-0001')
    type(getByLabelText(root, 'From date'), '2026-11-01')
    getByRole(root, 'button', { name: 'Search' }).click()

    await waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe(
        '/audit?person=kate.morgan&caseReference=AR-2026-0001&from=2026-11-01',
      ),
    )
    await waitFor(() => expect(hasText(root, 'Entries that match your search')).toBe(true))
    // No empty "to": the API would take it as a wrong date.
    expect(calls.filter((c) => c.path === '/api/audit').at(-1).search).toBe(
      '?person=kate.morgan&caseReference=AR-2026-0001&from=2026-11-01&page=0&size=50',
    )
    expect(getByRole(root, 'link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      '/api/audit/export.csv?person=kate.morgan&caseReference=AR-2026-0001&from=2026-11-01',
    )

    // The second page keeps the filters.
    await router.push('/audit?person=kate.morgan&page=2')
    await waitFor(() => expect(hasText(root, 'Showing 51 to 51 of 51')).toBe(true))
    expect(calls.filter((c) => c.path === '/api/audit').at(-1).search).toBe('?person=kate.morgan&page=1&size=50')
    expect(getByRole(root, 'link', { name: 'Previous page' }).getAttribute('href')).toBe('/audit?person=kate.morgan')
    expect(getByLabelText(root, 'Person', HTMLInputElement).value).toBe('kate.morgan')
    expect(getByLabelText(root, 'From date', HTMLInputElement).value).toBe('')
  })

  it("shows the server's errors by the filters", async () => {
    const { root } = await renderApp('/audit?from=2026-11-02&to=2026-11-01', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/audit': ({ search }) =>
        search.includes('to=')
          ? badRequest('to', 'The to date must be the same as or after the from date')
          : listPage(ENTRIES),
    })

    await errorSummaryLink(root, 'The to date must be the same as or after the from date', '#to')
    expect(getByLabelText(root, 'To date').getAttribute('aria-invalid')).toBe('true')
    expect(getByLabelText(root, 'From date', HTMLInputElement).value).toBe('2026-11-02')
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('says when the check finds the trail has been changed', async () => {
    const { root } = await renderApp('/audit', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/audit': listPage(ENTRIES),
      'GET /api/audit/verification': {
        body: { intact: false, checkedRows: 1204, firstBrokenId: 57, message: 'Row 57 has been changed since it was written.' },
      },
    })
    await waitFor(() => getByRole(root, 'table'))

    getByRole(root, 'button', { name: 'Check the audit trail' }).click()

    const panel = await waitFor(() => getByRole(root, 'alert'))
    expect(getByRole(panel, 'heading', { name: 'The audit trail failed the check' })).toBeTruthy()
    expect(hasText(panel, 'Row 57 has been changed since it was written.')).toBe(true)
    expect(hasText(panel, 'The first entry that failed is number 57.')).toBe(true)
    expect(hasText(panel, '1,204 entries were checked.')).toBe(true)
    expect(hasText(panel, 'Success')).toBe(false)
  })

  it('says when the check finds the trail intact', async () => {
    const { root } = await renderApp('/audit', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/audit': listPage(ENTRIES),
      'GET /api/audit/verification': {
        body: { intact: true, checkedRows: 2, firstBrokenId: null, message: 'All 2 rows are intact.' },
      },
    })
    await waitFor(() => getByRole(root, 'table'))

    getByRole(root, 'button', { name: 'Check the audit trail' }).click()

    await successBanner(root, 'All 2 rows are intact.')
  })

  it('lets administrators check the trail but not search it', async () => {
    const { root, calls } = await renderApp('/audit', {
      'GET /api/me': { body: ADMIN },
      'GET /api/audit/verification': {
        body: { intact: true, checkedRows: 2, firstBrokenId: null, message: 'All 2 rows are intact.' },
      },
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Audit trail' }))
    expect(queryAllByRole(root, 'button', { name: 'Search' })).toHaveLength(0)
    expect(queryAllByRole(root, 'link', { name: 'Download as CSV' })).toHaveLength(0)
    getByRole(root, 'button', { name: 'Check the audit trail' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'All 2 rows are intact.')).toBe(true))
    expect(calls.some((c) => c.path === '/api/audit')).toBe(false)
  })

  it('is not shown to other staff', async () => {
    const { root, calls } = await renderApp('/audit', { 'GET /api/me': { body: STAFF } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
    expect(calls.some((c) => c.path.startsWith('/api/audit'))).toBe(false)
  })
})
