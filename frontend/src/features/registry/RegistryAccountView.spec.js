import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { badRequest, COMMS_OFFICER, problem, STAFF } from '../../test/fakeFetch.js'
import {
  bodyRows,
  getByLabelText,
  getByRole,
  hasText,
  queryAllByRole,
  section,
  summaryRows,
  waitFor,
} from '../../test/queries.js'
import { confirmWithReason, errorSummaryLink, successBanner } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const LIBRARIES = {
  id: 'acc-1',
  platform: 'FACEBOOK',
  platformLabel: 'Facebook',
  handle: '@AnytownLibraries',
  name: 'Anytown Libraries',
  url: 'https://www.facebook.com/AnytownLibraries',
  department: 'Libraries',
  kind: 'CAMPAIGN',
  status: 'ACTIVE',
  owner: 'priya.shah',
  ownerName: 'Priya Shah',
  lastActivityOn: '2026-11-20',
  latestCount: { count: 8756, metric: 'FOLLOWERS', countedOn: '2026-01-28' },
  authorisedUserCount: 1,
  campaignEndDate: '2027-03-31',
  createdAt: '2019-06-30T23:30:00Z',
  deactivatedAt: null,
  deactivationReason: null,
  counts: [
    { count: 7001, metric: 'FOLLOWERS', countedOn: '2025-01-31', recordedBy: 'sam.patel' },
    { count: 8756, metric: 'FOLLOWERS', countedOn: '2026-01-28', recordedBy: 'sam.patel' },
    { count: 1, metric: 'VIEWS', countedOn: '2024-01-31', recordedBy: 'sam.patel' },
  ],
  authorisedUsers: [
    {
      id: 'p-1',
      username: 'kate.morgan',
      userName: 'Kate Morgan',
      fromDate: '2024-04-01',
      toDate: null,
      givenBy: 'REQUEST',
      accountRequestId: 'req-9',
    },
    {
      id: 'p-2',
      username: 'pat.green',
      userName: 'Pat Green',
      fromDate: '2019-07-01',
      toDate: '2024-03-31',
      givenBy: 'REGISTRY',
      addedBy: 'alex.morgan',
      addedByName: 'Alex Morgan',
      addedAt: '2024-01-15T10:00:00Z',
      reason: 'Ran the summer reading campaign',
      endedByName: 'Alex Morgan',
      endReason: 'Moved to Leisure',
    },
  ],
  activity: ['2026-11-20', '2026-11-13'],
  mayRecordActivity: true,
}

const CLOSED = {
  ...LIBRARIES,
  id: 'acc-3',
  name: 'Recycle week 2025',
  platform: 'X_TWITTER',
  platformLabel: 'X (Twitter)',
  url: null,
  kind: 'DEPARTMENTAL',
  status: 'DEACTIVATED',
  owner: null,
  ownerName: null,
  lastActivityOn: null,
  latestCount: null,
  campaignEndDate: null,
  deactivatedAt: '2025-10-01T09:00:00Z',
  deactivationReason: 'The campaign has ended',
  counts: [],
  authorisedUsers: [],
  activity: [],
  mayRecordActivity: false,
}

/** What a member of staff is answered on the page of the library's account, and anything else. @param {Record<string, any>} extra */
const staffRoutes = (extra) => ({
  'GET /api/me': { body: STAFF },
  'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
  'GET /api/registry/accounts/acc-1': { body: LIBRARIES },
  ...extra,
})

describe('RegistryAccountView', () => {
  it('shows the account, its activity, followers and authorised users', async () => {
    const { root } = await renderApp('/registry/acc-1', { 'GET /api/me': { body: STAFF }, 'GET /api/registry/accounts/acc-1': { body: LIBRARIES } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Anytown Libraries' }))
    expect(document.title).toBe('Anytown Libraries on Facebook – SocialGov')
    expect(root.querySelector('.caption').textContent).toBe('Facebook')
    expect(hasText(root.querySelector('.case-header'), 'Status: Active')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Back to social media accounts' }).getAttribute('href')).toBe('/registry')

    expect(summaryRows(root)).toEqual({
      Handle: '@AnytownLibraries',
      'Web address': 'https://www.facebook.com/AnytownLibraries',
      Department: 'Libraries',
      Kind: 'Campaign',
      'Responsible manager': 'Priya Shah',
      'Campaign ends': '31 March 2027',
      'In the registry since': '1 July 2019',
    })
    const web = getByRole(root, 'link', { name: 'https://www.facebook.com/AnytownLibraries' })
    expect(web.getAttribute('href')).toBe('https://www.facebook.com/AnytownLibraries')
    expect(web.hasAttribute('target')).toBe(false)

    const activity = section(root, 'Activity')
    expect(hasText(activity, 'Last recorded activity: 20 November 2026')).toBe(true)
    expect(getByRole(activity, 'button', { name: 'Record that it posted today' })).toBeTruthy()
    expect([...activity.querySelectorAll('li')].map((li) => li.textContent.trim())).toEqual([
      '20 November 2026',
      '13 November 2026',
    ])

    const followers = getByRole(section(root, 'Followers'), 'table')
    expect([...followers.querySelectorAll('th')].map((th) => th.textContent.trim())).toEqual(['Date', 'Count'])
    expect(bodyRows(followers)).toEqual([
      ['28 January 2026', '8,756 followers'],
      ['31 January 2025', '7,001 followers'],
      ['31 January 2024', '1 view'],
    ])

    const users = getByRole(section(root, 'Authorised users'), 'table')
    expect(users.querySelector('caption').textContent.trim()).toBe('People who may post from this account, past and present')
    expect([...users.querySelectorAll('th')].map((th) => th.textContent.trim())).toEqual([
      'Name',
      'From',
      'Until',
      'How access was given',
    ])
    expect(bodyRows(users)).toEqual([
      ['Kate Morgan kate.morgan', '1 April 2024', 'Now', 'Account request'],
      [
        'Pat Green pat.green',
        '1 July 2019',
        '31 March 2024 Ended by Alex Morgan: Moved to Leisure',
        'Registry change by Alex Morgan on 15 January 2024 Ran the summer reading campaign',
      ],
    ])
    expect(getByRole(users, 'link', { name: 'Account request' }).getAttribute('href')).toBe('/requests/req-9')
  })

  it('shows a closed account, and what has not been recorded', async () => {
    const { root } = await renderApp('/registry/acc-3', { 'GET /api/me': { body: STAFF }, 'GET /api/registry/accounts/acc-3': { body: CLOSED } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Recycle week 2025' }))
    expect(root.querySelector('.caption').textContent).toBe('X (Twitter)')
    expect(root.querySelector('.case-header .tag').textContent).toBe('Closed')
    expect(summaryRows(root)).toEqual({
      Handle: '@AnytownLibraries',
      Department: 'Libraries',
      Kind: 'Departmental',
      'Responsible manager': 'Not named',
      'In the registry since': '1 July 2019',
      'Closed on': '1 October 2025',
      Reason: 'The campaign has ended',
    })
    expect(hasText(section(root, 'Activity'), 'No activity recorded')).toBe(true)
    expect(queryAllByRole(root, 'button', { name: 'Record that it posted today' })).toHaveLength(0)
    expect(hasText(section(root, 'Followers'), 'No counts recorded.')).toBe(true)
    expect(hasText(section(root, 'Authorised users'), 'No authorised users are recorded.')).toBe(true)
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('never links to a web address that is not http or https', async () => {
    const { root } = await renderApp('/registry/acc-1', {
      'GET /api/me': { body: STAFF },
      'GET /api/registry/accounts/acc-1': { body: { ...LIBRARIES, url: 'javascript:alert(1)' } },
    })
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Anytown Libraries' }))
    expect(summaryRows(root)['Web address']).toBe('javascript:alert(1)')
    expect(queryAllByRole(root, 'link', { name: 'javascript:alert(1)' })).toHaveLength(0)
  })

  it('records that the account posted today', async () => {
    let recorded = false
    const { root, calls } = await renderApp('/registry/acc-1', staffRoutes({
      'GET /api/registry/accounts/acc-1': () => ({
        body: recorded
          ? { ...LIBRARIES, lastActivityOn: '2026-11-27', activity: ['2026-11-27', ...LIBRARIES.activity] }
          : LIBRARIES,
      }),
      'POST /api/registry/accounts/acc-1/activity': () => {
        recorded = true
        return { status: 204 }
      },
    }))
    const button = await waitFor(() => getByRole(root, 'button', { name: 'Record that it posted today' }))

    button.click()

    await successBanner(root, 'Activity recorded for today')
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/registry/accounts/acc-1/activity')
    expect(post.body).toEqual({})
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
    await waitFor(() => expect(hasText(section(root, 'Activity'), 'Last recorded activity: 27 November 2026')).toBe(true))
    expect(calls.filter((c) => c.path === '/api/registry/accounts/acc-1')).toHaveLength(2)
    expect(section(root, 'Activity').querySelectorAll('li')).toHaveLength(3)
  })

  it('shows why activity could not be recorded', async () => {
    const { root } = await renderApp('/registry/acc-1', staffRoutes({
      'POST /api/registry/accounts/acc-1/activity': badRequest('account', 'This account is closed, so no activity can be recorded'),
    }))
    ;(await waitFor(() => getByRole(root, 'button', { name: 'Record that it posted today' }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(hasText(summary, 'This account is closed, so no activity can be recorded')).toBe(true)
    expect(hasText(root, 'Activity recorded for today')).toBe(false)
    // The account is still shown.
    expect(getByRole(root, 'heading', { level: 1, name: 'Anytown Libraries' })).toBeTruthy()
    expect(document.title).toBe('Error: Anytown Libraries on Facebook – SocialGov')
  })

  it('says when the person may not record activity', async () => {
    const { root } = await renderApp('/registry/acc-1', staffRoutes({
      'POST /api/registry/accounts/acc-1/activity': problem(
        403,
        'Forbidden',
        undefined,
        'Only the communications team, the responsible manager or an authorised user can record activity.',
      ),
    }))
    ;(await waitFor(() => getByRole(root, 'button', { name: 'Record that it posted today' }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(
      hasText(summary, 'Only the communications team, the responsible manager or an authorised user can record activity.'),
    ).toBe(true)
  })

  it('says when an account does not exist', async () => {
    const { root } = await renderApp('/registry/nope', { 'GET /api/me': { body: STAFF } })
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Account not found' }))
    expect(getByRole(root, 'link', { name: 'list of social media accounts' }).getAttribute('href')).toBe('/registry')
    expect(document.title).toBe('Account not found – SocialGov')
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
  })

  it('says an address that is not an account id is not found', async () => {
    const { root } = await renderApp('/registry/not-an-id', {
      'GET /api/me': { body: STAFF },
      'GET /api/registry/accounts/not-an-id': problem(400, 'Bad Request', undefined, 'Failed to convert argument [id]'),
    })
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Account not found' }))
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
  })

  it('records a follower count', async () => {
    let recorded = false
    const { root, calls } = await renderApp('/registry/acc-1', staffRoutes({
      'GET /api/registry/accounts/acc-1': () => ({
        body: recorded
          ? {
              ...LIBRARIES,
              counts: [...LIBRARIES.counts, { count: 9120, metric: 'FOLLOWERS', countedOn: '2026-11-27', recordedBy: 'sam.patel' }],
            }
          : LIBRARIES,
      }),
      'POST /api/registry/accounts/acc-1/counts': () => {
        recorded = true
        return { status: 204 }
      },
    }))
    const followers = await waitFor(() => section(root, 'Followers'))
    expect(getByRole(followers, 'heading', { level: 3, name: 'Record a count' })).toBeTruthy()
    const count = /** @type {HTMLInputElement} */ (getByLabelText(followers, 'Number of followers'))
    expect(count.getAttribute('inputmode')).toBe('numeric')
    expect(count.name).toBe('count')
    const date = /** @type {HTMLInputElement} */ (getByLabelText(followers, 'Date counted'))
    expect(date.type).toBe('date')
    expect(date.name).toBe('countedOn')
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    type(count, '9120')
    type(date, '2026-11-27')
    getByRole(followers, 'button', { name: 'Save count' }).click()

    await successBanner(root, 'Count recorded')
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/registry/accounts/acc-1/counts')
    expect(post.body).toEqual({ count: 9120, countedOn: '2026-11-27' })
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
    await waitFor(() =>
      expect(bodyRows(getByRole(section(root, 'Followers'), 'table'))[0]).toEqual(['27 November 2026', '9,120 followers']),
    )
    expect(calls.filter((c) => c.path === '/api/registry/accounts/acc-1')).toHaveLength(2)
  })

  it('asks for views on a YouTube account, and sends a count that is not a number as typed', async () => {
    const { root, calls } = await renderApp('/registry/acc-1', staffRoutes({
      'GET /api/registry/accounts/acc-1': { body: { ...LIBRARIES, platform: 'YOUTUBE', platformLabel: 'YouTube' } },
      'POST /api/registry/accounts/acc-1/counts': badRequest('count', 'Enter the number of views as a whole number, like 1200'),
    }))
    const followers = await waitFor(() => section(root, 'Followers'))
    type(/** @type {HTMLInputElement} */ (getByLabelText(followers, 'Number of views')), '1,200')
    type(/** @type {HTMLInputElement} */ (getByLabelText(followers, 'Date counted')), '2026-11-27')
    getByRole(followers, 'button', { name: 'Save count' }).click()

    await waitFor(() => getByRole(root, 'alert'))
    expect(calls.find((c) => c.method === 'POST').body).toEqual({ count: '1,200', countedOn: '2026-11-27' })
  })

  it('shows why a count could not be recorded, by the field and in the summary', async () => {
    const { root } = await renderApp('/registry/acc-1', staffRoutes({
      'POST /api/registry/accounts/acc-1/counts': badRequest('count', 'Enter the number of followers'),
    }))
    const followers = await waitFor(() => section(root, 'Followers'))
    getByRole(followers, 'button', { name: 'Save count' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    const link = getByRole(summary, 'link', { name: 'Enter the number of followers' })
    expect(link.getAttribute('href')).toBe('#count')
    const input = getByLabelText(followers, 'Number of followers')
    expect(input.id).toBe('count')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const message = root.querySelector('#count-error')
    expect(message.textContent.replace(/\s+/g, ' ').trim()).toBe('Error: Enter the number of followers')
    expect(input.getAttribute('aria-describedby')).toBe('count-error')
    expect(getByLabelText(followers, 'Date counted').getAttribute('aria-invalid')).toBeNull()
    expect(hasText(root, 'Count recorded')).toBe(false)
    expect(document.title).toBe('Error: Anytown Libraries on Facebook – SocialGov')
  })

  it('does not offer to record a count when the person may not', async () => {
    const { root } = await renderApp('/registry/acc-1', {
      'GET /api/me': { body: STAFF },
      'GET /api/registry/accounts/acc-1': { body: { ...LIBRARIES, mayRecordActivity: false } },
    })
    const followers = await waitFor(() => section(root, 'Followers'))
    expect(queryAllByRole(followers, 'heading', { name: 'Record a count' })).toHaveLength(0)
    expect(queryAllByRole(root, 'button', { name: 'Save count' })).toHaveLength(0)
    expect(followers.querySelector('form')).toBeNull()
    expect(followers.querySelector('input')).toBeNull()
  })

  describe('closing an account', () => {
    const CLOSED_NOW = {
      ...LIBRARIES,
      status: 'DEACTIVATED',
      deactivatedAt: '2026-11-27T14:05:00Z',
      deactivationReason: 'The service has moved to the main council account',
      authorisedUsers: [
        { ...LIBRARIES.authorisedUsers[0], toDate: '2026-11-27' },
        LIBRARIES.authorisedUsers[1],
      ],
      mayRecordActivity: false,
    }

    /** @param {Record<string, any>} [extra] */
    const commsRoutes = (extra = {}) => ({
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
      'GET /api/registry/accounts/acc-1': { body: LIBRARIES },
      ...extra,
    })

    it('lets the communications team close an active account', async () => {
      const { root, calls } = await renderApp('/registry/acc-1', commsRoutes({ 'POST /api/registry/accounts/acc-1/closure': { body: CLOSED_NOW } }))

      const close = await waitFor(() => section(root, 'Close this account'))
      expect(
        hasText(
          close,
          "Closing the account ends every authorised user's access today, and gives the communications team a task to change its password.",
        ),
      ).toBe(true)
      confirmWithReason(close, {
        label: 'Why are you closing it?',
        reason: '  The service has moved to the main council account ',
        button: 'Close account',
      })

      const banner = await successBanner(root, 'Account closed')
      await waitFor(() => expect(document.activeElement).toBe(banner))
      const post = calls.find((c) => c.method === 'POST')
      expect(post.path).toBe('/api/registry/accounts/acc-1/closure')
      expect(post.body).toEqual({ reason: 'The service has moved to the main council account' })
      expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')

      // The account as the server now has it, with no way to close it again.
      expect(root.querySelector('.case-header .tag').textContent).toBe('Closed')
      expect(summaryRows(root)).toMatchObject({
        'Closed on': '27 November 2026',
        Reason: 'The service has moved to the main council account',
      })
      expect(bodyRows(getByRole(section(root, 'Authorised users'), 'table'))[0]).toEqual([
        'Kate Morgan kate.morgan',
        '1 April 2024',
        '27 November 2026',
        'Account request',
      ])
      expect(queryAllByRole(root, 'heading', { name: 'Close this account' })).toHaveLength(0)
      expect(queryAllByRole(root, 'button', { name: 'Record that it posted today' })).toHaveLength(0)
      expect(calls.filter((c) => c.path === '/api/registry/accounts/acc-1')).toHaveLength(1)
    })

    it('asks why before closing', async () => {
      const { root, calls } = await renderApp('/registry/acc-1', commsRoutes())

      const close = await waitFor(() => section(root, 'Close this account'))
      getByRole(close, 'button', { name: 'Close account' }).click()

      const summary = await waitFor(() => getByRole(root, 'alert'))
      expect(hasText(summary, 'There is a problem')).toBe(true)
      expect(getByRole(summary, 'link', { name: 'Enter why you are closing the account' }).getAttribute('href')).toBe(
        '#reason',
      )
      await waitFor(() => expect(document.activeElement).toBe(summary))
      const reason = getByLabelText(close, 'Why are you closing it?')
      expect(reason.id).toBe('reason')
      expect(reason.getAttribute('aria-invalid')).toBe('true')
      expect(root.querySelector('#reason-error').textContent.replace(/\s+/g, ' ').trim()).toBe(
        'Error: Enter why you are closing the account',
      )
      expect(calls.some((c) => c.method === 'POST')).toBe(false)
    })

    it("shows the server's problem with the reason by the field and in the summary", async () => {
      const { root } = await renderApp('/registry/acc-1', commsRoutes({
        'POST /api/registry/accounts/acc-1/closure': badRequest('close.closure.reason', 'Reason must be 2,000 characters or fewer'),
      }))

      const close = await waitFor(() => section(root, 'Close this account'))
      const reason = getByLabelText(close, 'Why are you closing it?')
      type(reason, 'x'.repeat(2001))
      getByRole(close, 'button', { name: 'Close account' }).click()

      await errorSummaryLink(root, 'Reason must be 2,000 characters or fewer', '#reason')
      await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
      expect(hasText(close, 'Error: Reason must be 2,000 characters or fewer')).toBe(true)
      expect(hasText(root, 'Account closed')).toBe(false)
      expect(root.querySelector('.case-header .tag').textContent).toBe('Active')
    })

    it('says why the account cannot be closed', async () => {
      const { root } = await renderApp('/registry/acc-1', commsRoutes({
        'POST /api/registry/accounts/acc-1/closure': problem(409, 'Conflict', undefined, 'This account is already closed'),
      }))

      const close = await waitFor(() => section(root, 'Close this account'))
      type(getByLabelText(close, 'Why are you closing it?'), 'No longer used')
      getByRole(close, 'button', { name: 'Close account' }).click()

      const summary = await waitFor(() => getByRole(root, 'alert'))
      expect(hasText(summary, 'This account is already closed')).toBe(true)
      expect(queryAllByRole(summary, 'link')).toHaveLength(0)
    })

    it('is not offered to people outside the communications team', async () => {
      const { root } = await renderApp('/registry/acc-1', { 'GET /api/me': { body: STAFF }, 'GET /api/registry/accounts/acc-1': { body: LIBRARIES } })
      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Anytown Libraries' }))
      expect(queryAllByRole(root, 'heading', { name: 'Close this account' })).toHaveLength(0)
      expect(queryAllByRole(root, 'button', { name: 'Close account' })).toHaveLength(0)
    })

    it('is not offered for an account that is already closed', async () => {
      const { root } = await renderApp('/registry/acc-3', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/registry/accounts/acc-3': { body: CLOSED } })
      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Recycle week 2025' }))
      expect(queryAllByRole(root, 'heading', { name: 'Close this account' })).toHaveLength(0)
      expect(queryAllByRole(root, 'button', { name: 'Close account' })).toHaveLength(0)
    })
  })
})
