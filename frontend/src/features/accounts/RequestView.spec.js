import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { badRequest, caseOverview, problem, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, summaryRows, text, waitFor } from '../../test/queries.js'
import { confirmWithReason, errorSummaryLink, successBanner } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'
import { accountRequest } from '../../test/records.js'

const REQUEST = accountRequest({
  platformLabel: 'Facebook',
  status: 'INFORMATION_REQUESTED',
  statusLabel: 'Waiting for more information',
  decidedBy: null,
  decidedAt: null,
  handle: null,
  url: null,
  socialAccountId: null,
  closedAt: null,
  notes: [
    {
      kind: 'QUESTION',
      kindLabel: 'Question from the communications team',
      body: 'Who will answer messages at weekends?\nAnd on bank holidays?',
      writtenBy: 'sam.patel',
      writtenByName: 'Sam Patel',
      writtenAt: '2026-11-21T10:15:00Z',
    },
    {
      kind: 'ANSWER',
      kindLabel: 'Answer from the department',
      body: 'The duty librarian.',
      writtenBy: 'priya.shah',
      writtenByName: 'Priya Shah',
      writtenAt: '2026-07-01T23:30:00Z',
    },
  ],
  mayWithdraw: true,
})

const ACTIVE = {
  ...REQUEST,
  status: 'ACTIVE',
  statusLabel: 'Active',
  handle: '@AnytownLibraries',
  url: 'https://www.facebook.com/AnytownLibraries',
  socialAccountId: '5b1e3c57-8f0a-4c55-9a57-0d6d1c2b7f10',
  closedAt: '2027-03-31T16:00:00Z',
  notes: [],
  mayWithdraw: false,
}

const WITHDRAWN = {
  ...REQUEST,
  status: 'WITHDRAWN',
  statusLabel: 'Withdrawn',
  closedAt: '2026-11-27T14:05:00Z',
  notes: [
    ...REQUEST.notes,
    {
      kind: 'WITHDRAWN',
      kindLabel: 'Reason for withdrawing',
      body: 'We will use the main council account',
      writtenBy: 'priya.shah',
      writtenByName: 'Priya Shah',
      writtenAt: '2026-11-27T14:05:00Z',
    },
  ],
  mayWithdraw: false,
}

/** @param {any} request */
const overview = (request) =>
  caseOverview('account-request', 'req-1', {
    reference: 'AR-2026-0001',
    title: 'Anytown Libraries on Facebook',
    status: request.status,
    statusLabel: request.statusLabel,
    openedAt: '2026-11-20T09:00:00Z',
    openedBy: 'priya.shah',
    openedByName: 'Priya Shah',
    tasks: request.status === 'WITHDRAWN' ? [] : [{ id: 'task-1', name: 'Answer the question', assignee: 'priya.shah', mayOpen: true }],
  })

/** @param {any} request @param {Record<string, any>} [extra] */
function routes(request, extra = {}) {
  return {
    'GET /api/me': { body: STAFF },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/account-requests/req-1': { body: request },
    'GET /api/cases/account-request/req-1': { body: overview(request) },
    ...extra,
  }
}

/** The request's summary list as key -> value. @param {Element} root */
const requestRows = (root) => summaryRows(/** @type {Element} */ (root.querySelector('.request-summary .summary-list')))

/** @param {HTMLElement} root */
const withdrawSection = (root) =>
  /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Withdraw this request' }).closest('section'))

describe('RequestView', () => {
  it('shows what has been written about the request, in order', async () => {
    const { root } = await renderApp('/requests/req-1', routes(REQUEST))

    const heading = await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Questions and comments' }))
    expect(requestRows(root).Status).toBe('Waiting for more information')
    expect(root.querySelector('.request-summary .tag')?.classList.contains('tag--yellow')).toBe(true)

    const list = /** @type {HTMLElement} */ (heading.nextElementSibling)
    const notes = [...list.querySelectorAll('li')]
    expect(notes.map((note) => [...note.children].map(text))).toEqual([
      [
        'Question from the communications team',
        'Sam Patel, 21 November 2026 at 10:15',
        'Who will answer messages at weekends? And on bank holidays?',
      ],
      ['Answer from the department', 'Priya Shah, 2 July 2026 at 00:30', 'The duty librarian.'],
    ])
    // Each note is headed one level below the section, and keeps its line breaks.
    expect(queryAllByRole(list, 'heading', { level: 3 }).map(text)).toEqual([
      'Question from the communications team',
      'Answer from the department',
    ])
    const body = /** @type {Element} */ (notes[0].lastElementChild)
    expect(body.classList.contains('pre-line')).toBe(true)
    expect(body.textContent).toBe('Who will answer messages at weekends?\nAnd on bank holidays?')
    expect(notes[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-11-21T10:15:00Z')

    // The request's own sections come before the case's.
    const h2s = queryAllByRole(root, 'heading', { level: 2 }).map(text)
    expect(h2s).toEqual([
      'Business case',
      'Who will post from the account',
      'Questions and comments',
      'Withdraw this request',
      'Tasks',
      'Documents',
      'Timeline',
    ])
    expect(hasText(root, 'Account handle')).toBe(false)
    expect(hasText(root, 'In the registry')).toBe(false)
  })

  it('shows the account that was set up, where it is in the registry and when the request closed', async () => {
    const { root } = await renderApp('/requests/req-1', routes(ACTIVE))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Questions and comments' }))
    expect(requestRows(root)).toMatchObject({
      Status: 'Active',
      'Account handle': '@AnytownLibraries',
      'Web address': 'https://www.facebook.com/AnytownLibraries',
      'In the registry': 'View the account in the registry',
      Submitted: '20 November 2026 at 09:00',
      Closed: '31 March 2027 at 17:00',
    })
    const web = getByRole(root, 'link', { name: 'https://www.facebook.com/AnytownLibraries' })
    expect(web.getAttribute('href')).toBe('https://www.facebook.com/AnytownLibraries')
    expect(web.getAttribute('rel')).toBe('noopener noreferrer')
    expect(web.hasAttribute('target')).toBe(false)
    expect(getByRole(root, 'link', { name: 'View the account in the registry' }).getAttribute('href')).toBe(
      '/registry/5b1e3c57-8f0a-4c55-9a57-0d6d1c2b7f10',
    )
    expect(hasText(root, 'Nobody has written anything about this request yet.')).toBe(true)
    // Too late to withdraw.
    expect(queryAllByRole(root, 'heading', { name: 'Withdraw this request' })).toHaveLength(0)
    expect(queryAllByRole(root, 'button', { name: 'Withdraw request' })).toHaveLength(0)
  })

  it('shows who was asked to endorse it and why the head of department did not', async () => {
    const declined = {
      ...REQUEST,
      status: 'NOT_ENDORSED',
      statusLabel: 'Not endorsed by the head of department',
      endorser: 'dana.hughes',
      endorserName: 'Dana Hughes',
      endorsedAt: null,
      rejectionReason: 'The events team posts these already',
      notes: [],
      mayWithdraw: false,
    }
    const { root } = await renderApp('/requests/req-1', routes(declined))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Questions and comments' }))
    expect(requestRows(root)).toMatchObject({
      Status: 'Not endorsed by the head of department',
      'Endorsement by the head of department': 'Dana Hughes',
      'Why it was not endorsed': 'The events team posts these already',
    })
    expect(Object.keys(requestRows(root))).not.toContain('Reason for rejection')
  })

  it('never links to a web address that is not http or https', async () => {
    const { root } = await renderApp('/requests/req-1', routes({ ...ACTIVE, url: 'javascript:alert(1)' }))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Questions and comments' }))
    expect(requestRows(root)['Web address']).toBe('javascript:alert(1)')
    expect(queryAllByRole(root, 'link', { name: 'javascript:alert(1)' })).toHaveLength(0)
  })

  it('withdraws the request, and shows it withdrawn', async () => {
    let withdrawn = false
    const { root, calls } = await renderApp('/requests/req-1', routes(REQUEST, {
      'GET /api/cases/account-request/req-1': () => ({ body: overview(withdrawn ? WITHDRAWN : REQUEST) }),
      'POST /api/account-requests/req-1/withdrawal': () => {
        withdrawn = true
        return { body: WITHDRAWN }
      },
    }))

    const section = await waitFor(() => withdrawSection(root))
    expect(
      hasText(
        section,
        'If you no longer need the account, you can withdraw the request. The communications team will stop work on it.',
      ),
    ).toBe(true)
    confirmWithReason(section, {
      label: 'Why are you withdrawing it?',
      reason: '  We will use the main council account  ',
      button: 'Withdraw request',
    })

    const banner = await successBanner(root, 'Request withdrawn')
    await waitFor(() => expect(document.activeElement).toBe(banner))

    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/account-requests/req-1/withdrawal')
    expect(post?.body).toEqual({ reason: 'We will use the main council account' })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')

    // The request as the server now has it, without the form.
    expect(requestRows(root).Status).toBe('Withdrawn')
    expect(requestRows(root).Closed).toBe('27 November 2026 at 14:05')
    expect(hasText(root, 'We will use the main council account')).toBe(true)
    expect(queryAllByRole(root, 'heading', { name: 'Withdraw this request' })).toHaveLength(0)

    // The case part is loaded again too: its status and tasks have changed.
    await waitFor(() => expect(text(/** @type {Element} */ (root.querySelector('.case-header__status')))).toBe('Status: Withdrawn'))
    expect(calls.filter((c) => c.path === '/api/cases/account-request/req-1')).toHaveLength(2)
    expect(hasText(root, 'There are no open tasks on this case.')).toBe(true)
    expect(getByRole(root, 'heading', { level: 1, name: 'Anytown Libraries on Facebook' })).toBeTruthy()
  })

  it('asks why before withdrawing', async () => {
    const { root, calls } = await renderApp('/requests/req-1', routes(REQUEST))

    const section = await waitFor(() => withdrawSection(root))
    type(getByLabelText(section, 'Why are you withdrawing it?'), '   ')
    getByRole(section, 'button', { name: 'Withdraw request' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    const link = getByRole(summary, 'link', { name: 'Enter why you are withdrawing the request' })
    expect(link.getAttribute('href')).toBe('#reason')
    await waitFor(() => expect(document.activeElement).toBe(summary))
    const reason = getByLabelText(section, 'Why are you withdrawing it?')
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(text(/** @type {Element} */ (root.querySelector('#reason-error')))).toBe(
      'Error: Enter why you are withdrawing the request',
    )
    expect(reason.getAttribute('aria-describedby')).toBe('reason-error')
    expect(document.title).toBe('Error: Account request AR-2026-0001 – SocialGov')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it("shows the server's problem with the reason by the field and in the summary", async () => {
    const { root } = await renderApp('/requests/req-1', routes(REQUEST, {
      'POST /api/account-requests/req-1/withdrawal': badRequest('withdraw.withdrawal.reason', 'Reason must be 2,000 characters or fewer'),
    }))

    const section = await waitFor(() => withdrawSection(root))
    const reason = getByLabelText(section, 'Why are you withdrawing it?')
    type(reason, 'x'.repeat(2001))
    getByRole(section, 'button', { name: 'Withdraw request' }).click()

    await errorSummaryLink(root, 'Reason must be 2,000 characters or fewer', '#reason')
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(hasText(section, 'Error: Reason must be 2,000 characters or fewer')).toBe(true)
    expect(hasText(root, 'Request withdrawn')).toBe(false)
    // What was typed is kept, to be put right.
    expect(/** @type {HTMLTextAreaElement} */ (reason).value).toBe('x'.repeat(2001))
  })

  it('says why the request can no longer be withdrawn', async () => {
    const { root } = await renderApp('/requests/req-1', routes(REQUEST, {
      'POST /api/account-requests/req-1/withdrawal': problem(
        409,
        'Conflict',
        undefined,
        'The account is already active, so the request cannot be withdrawn',
      ),
    }))

    const section = await waitFor(() => withdrawSection(root))
    type(getByLabelText(section, 'Why are you withdrawing it?'), 'No longer needed')
    getByRole(section, 'button', { name: 'Withdraw request' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'The account is already active, so the request cannot be withdrawn')).toBe(true)
    expect(queryAllByRole(summary, 'link')).toHaveLength(0)
    expect(getByLabelText(section, 'Why are you withdrawing it?').getAttribute('aria-invalid')).toBeNull()
  })
})
