import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import { badRequest, caseOverview, ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

describe('NewRequestView', () => {
  it('says the head of department endorses it first, and fills in their department', async () => {
    const { root } = await renderApp('/requests/new', {
      'GET /api/me': { body: ME },
      'GET /api/account-requests/endorsement': {
        body: { needed: true, department: 'Libraries', endorser: { username: 'dana.hughes', displayName: 'Dana Hughes' }, problem: null },
      },
    })
    await waitFor(() =>
      expect(hasText(root, 'The head of your department, Dana Hughes, will be asked to endorse it first. Then the communications team will review it.')).toBe(true),
    )
    expect(/** @type {HTMLInputElement} */ (getByLabelText(root, 'Department or service')).value).toBe('Libraries')
  })

  it('says what HR must fix in the directory before anyone can endorse it', async () => {
    const problemText = 'The organisation directory has no head of Libraries to endorse your request: ask HR to record the head of your department in the directory'
    const { root } = await renderApp('/requests/new', {
      'GET /api/me': { body: ME },
      'GET /api/account-requests/endorsement': { body: { needed: true, department: 'Libraries', endorser: null, problem: problemText } },
    })
    await waitFor(() => expect(hasText(root, `Warning: ${problemText}`)).toBe(true))
    expect(hasText(root, 'The communications team will review your request.')).toBe(true)
  })

  it('shows field errors from a 400 problem', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/requests/new', {
      'GET /api/me': { body: ME },
      'POST /api/account-requests': problem(400, 'Bad Request', [
        { field: 'department', message: 'Enter the department' },
        { field: 'businessCase.objectives', message: "Enter the account's objectives" },
        { field: 'proposedUsers', message: 'Name at least one person who will post' },
      ]),
    })
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Request a new social media account')

    getByRole(root, 'button', { name: 'Submit request' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(getByRole(summary, 'heading', { name: 'There is a problem' })).toBeTruthy()
    const links = queryAllByRole(summary, 'link').map((a) => [a.textContent.trim(), a.getAttribute('href')])
    expect(links).toEqual([
      ['Enter the department', '#department'],
      ["Enter the account's objectives", '#businessCase-objectives'],
      ['Name at least one person who will post', '#proposedUsers'],
    ])

    // Each field shows its own message, tied to it for screen readers.
    const department = getByLabelText(root, 'Department or service')
    expect(department.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(department.getAttribute('aria-describedby')).textContent).toContain(
      'Enter the department',
    )
    const objectives = getByLabelText(root, "What are the account's objectives?")
    expect(objectives.id).toBe('businessCase-objectives')
    expect(document.getElementById(objectives.getAttribute('aria-describedby')).textContent).toContain(
      "Enter the account's objectives",
    )
    expect(getByLabelText(root, 'Who is the audience?').getAttribute('aria-invalid')).toBeNull()

    expect(router.currentRoute.value.path).toBe('/requests/new')
    expect(document.title).toBe('Error: Request a new social media account – SocialGov')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('sends the request and shows it', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const created = {
      id: 'req-9',
      reference: 'AR-2026-0009',
      department: 'Libraries',
      kind: 'CAMPAIGN',
      campaignEndDate: '2027-03-31',
      platform: 'INSTAGRAM',
      proposedName: 'Anytown Reads',
      businessCase: { objectives: 'More readers' },
      proposedUsers: ['asmith', 'bjones'],
      status: 'SUBMITTED',
      rejectionReason: null,
      submittedBy: 'jsmith',
      submittedAt: '2026-11-27T14:05:00Z',
    }
    const { root, router, calls } = await renderApp('/requests/new', {
      'GET /api/me': { body: ME },
      'POST /api/account-requests': { status: 201, body: created },
      'GET /api/account-requests/req-9': { body: created },
      'GET /api/cases/account-request/req-9': {
        body: caseOverview('account-request', 'req-9', {
          reference: 'AR-2026-0009',
          title: 'Anytown Reads',
          status: 'AWAITING_REVIEW',
          statusLabel: 'Awaiting review',
          openedAt: '2026-11-27T14:05:00Z',
          openedBy: 'jsmith',
          openedByName: 'Jo Smith',
        }),
      },
    })

    type(getByLabelText(root, 'Department or service'), ' Libraries ')
    tick(getByLabelText(root, 'Campaign'))
    type(await waitFor(() => getByLabelText(root, 'When does the campaign end?')), '2027-03-31')
    type(getByLabelText(root, 'Platform'), 'INSTAGRAM')
    type(getByLabelText(root, 'Proposed account name'), 'Anytown Reads')
    type(getByLabelText(root, "What are the account's objectives?"), 'More readers')
    type(getByLabelText(root, 'What is your exit strategy?'), 'Close it in April')
    type(getByLabelText(root, 'Who will post from the account?'), 'asmith\n\n bjones \n')
    getByRole(root, 'button', { name: 'Submit request' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/requests/req-9'))
    const sent = calls.find((c) => c.method === 'POST').body
    expect(sent).toEqual({
      department: 'Libraries',
      kind: 'CAMPAIGN',
      campaignEndDate: '2027-03-31',
      platform: 'INSTAGRAM',
      proposedName: 'Anytown Reads',
      businessCase: {
        objectives: 'More readers',
        strategyFit: '',
        audience: '',
        excludedAudiences: '',
        resourcing: '',
        negativeResponses: '',
        skills: '',
        risks: '',
        evaluation: '',
        exitStrategy: 'Close it in April',
      },
      proposedUsers: ['asmith', 'bjones'],
    })

    await waitFor(() => expect(hasText(root, 'Anytown Reads')).toBe(true))
    expect(hasText(root, 'Awaiting review')).toBe(true)
    expect(hasText(root, '31 March 2027')).toBe(true)
    expect(hasText(root, 'Request AR-2026-0009 submitted')).toBe(true)
  })

  it('sends no end date for a departmental account', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/requests/new', {
      'GET /api/me': { body: ME },
      'POST /api/account-requests': badRequest('platform', 'Select a platform'),
    })

    tick(getByLabelText(root, 'Campaign'))
    type(await waitFor(() => getByLabelText(root, 'When does the campaign end?')), '2027-03-31')
    tick(getByLabelText(root, 'Departmental'))
    getByRole(root, 'button', { name: 'Submit request' }).click()

    await waitFor(() => getByRole(root, 'alert'))
    const sent = calls.find((c) => c.method === 'POST').body
    expect(sent.kind).toBe('DEPARTMENTAL')
    expect(sent.campaignEndDate).toBeNull()
    expect(sent.platform).toBeNull()
    expect(sent.proposedUsers).toEqual([])
  })

  it('sends the same Idempotency-Key again after the database was unavailable, so a resend cannot make a second request', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let sends = 0
    const { root, calls } = await renderApp('/requests/new', {
      'GET /api/me': { body: ME },
      'POST /api/account-requests': () =>
        ++sends === 1
          ? problem(503, 'Service Unavailable', undefined, 'The database is unavailable')
          : badRequest('platform', 'Select a platform'),
    })

    getByRole(root, 'button', { name: 'Submit request' }).click()
    await waitFor(() => expect(hasText(root, 'The database is unavailable')).toBe(true))
    getByRole(root, 'button', { name: 'Submit request' }).click()
    await waitFor(() => expect(hasText(root, 'Select a platform')).toBe(true))

    const keys = calls.filter((c) => c.method === 'POST').map((c) => c.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])
  })
})
