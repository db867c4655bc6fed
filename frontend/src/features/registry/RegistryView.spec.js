import { describe, expect, it } from 'vitest'
import { chooseFiles, type } from '../../test/actions.js'
import { AUDITOR, badRequest, COMMS_OFFICER, listPage, problem, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { errorSummaryLink, expectTitled, successBanner } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const ACCOUNTS = [
  {
    id: 'acc-1',
    platform: 'FACEBOOK',
    platformLabel: 'Facebook',
    handle: '@AnytownLibraries',
    name: 'Anytown Libraries',
    url: 'https://www.facebook.com/AnytownLibraries',
    department: 'Libraries',
    kind: 'DEPARTMENTAL',
    status: 'ACTIVE',
    owner: 'priya.shah',
    ownerName: 'Priya Shah',
    lastActivityOn: '2026-11-20',
    latestCount: { count: 8756, metric: 'FOLLOWERS', countedOn: '2020-01-28' },
    authorisedUserCount: 2,
  },
  {
    id: 'acc-2',
    platform: 'YOUTUBE',
    platformLabel: 'YouTube',
    handle: '@AnytownCouncil',
    name: 'Anytown Council',
    url: null,
    department: 'Communications',
    kind: 'CORPORATE',
    status: 'ACTIVE',
    owner: null,
    ownerName: null,
    lastActivityOn: null,
    latestCount: { count: 31515, metric: 'VIEWS', countedOn: '2020-01-28' },
    authorisedUserCount: 5,
  },
  {
    id: 'acc-3',
    platform: 'X_TWITTER',
    platformLabel: 'X (Twitter)',
    handle: '@AnytownRecycles',
    name: 'Recycle week 2025',
    url: null,
    department: 'Waste',
    kind: 'CAMPAIGN',
    status: 'DEACTIVATED',
    owner: null,
    ownerName: null,
    lastActivityOn: null,
    latestCount: null,
    authorisedUserCount: 0,
  },
]

/** A cell's text, its parts (such as the secondary text on a line of its own) apart. @param {Element} td */
const cellText = (td) => [...td.childNodes].map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim()

/** @param {Element} row */
const cells = (row) => [...row.querySelectorAll('td')].map(cellText)

describe('RegistryView', () => {
  it('lists the accounts with their latest activity and followers', async () => {
    const { root, calls } = await renderApp('/registry', { 'GET /api/me': { body: STAFF }, 'GET /api/registry/accounts': listPage(ACCOUNTS, { total: 53 }) })

    await waitFor(() => getByRole(root, 'table'))
    expectTitled(root, 'Social media accounts')
    expect(calls.find((c) => c.path === '/api/registry/accounts').search).toBe('?page=0&size=50')
    expect(root.querySelector('caption').textContent).toBe('Social media accounts')

    const header = queryAllByRole(root, 'row')[0]
    expect([...header.querySelectorAll('th')].map((th) => th.textContent.trim())).toEqual([
      'Account',
      'Platform',
      'Department',
      'Kind',
      'Status',
      'Last activity',
      'Followers',
      'Authorised users',
    ])
    const [first, second, third] = queryAllByRole(root, 'row').slice(1)
    expect(cells(first)).toEqual([
      'Anytown Libraries @AnytownLibraries',
      'Facebook',
      'Libraries',
      'Departmental',
      'Active',
      '20 November 2026',
      '8,756 on 28 January 2020',
      '2',
    ])
    expect(getByRole(first, 'link', { name: 'Anytown Libraries' }).getAttribute('href')).toBe('/registry/acc-1')
    expect(first.querySelector('.tag').classList.contains('tag--green')).toBe(true)
    expect(cells(second)).toEqual([
      'Anytown Council @AnytownCouncil',
      'YouTube',
      'Communications',
      'Corporate',
      'Active',
      'None recorded',
      '31,515 views on 28 January 2020',
      '5',
    ])
    expect(cells(third)).toEqual([
      'Recycle week 2025 @AnytownRecycles',
      'X (Twitter)',
      'Waste',
      'Campaign',
      'Closed',
      'None recorded',
      'Not recorded',
      '0',
    ])
    expect(third.querySelector('.tag').classList.contains('tag--grey')).toBe(true)

    expect(hasText(root, 'Showing 1 to 3 of 53')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe('/registry?page=2')
    // Only the communications team and internal audit can look back at who was authorised.
    expect(queryAllByRole(root, 'link', { name: 'Authorised users on a past date' })).toHaveLength(0)
  })

  it('filters with the values in the address, and keeps them on the next page', async () => {
    const { root, router, calls } = await renderApp('/registry', {
      'GET /api/me': { body: STAFF },
      'GET /api/registry/accounts': ({ search }) =>
        search.includes('platform=') ? listPage([ACCOUNTS[0]], { page: 1, total: 51 }) : listPage(ACCOUNTS),
    })
    await waitFor(() => getByRole(root, 'table'))

    const form = getByRole(root, 'button', { name: 'Apply filters' }).closest('form')
    expect(form.getAttribute('method')).toBe('get')
    expect([...getByLabelText(root, 'Platform', HTMLSelectElement).options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Any'],
      ['X_TWITTER', 'X (Twitter)'],
      ['FACEBOOK', 'Facebook'],
      ['INSTAGRAM', 'Instagram'],
      ['YOUTUBE', 'YouTube'],
      ['LINKEDIN', 'LinkedIn'],
      ['WHATSAPP', 'WhatsApp'],
      ['OTHER', 'Other'],
    ])
    expect([...getByLabelText(root, 'Kind', HTMLSelectElement).options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Any'],
      ['CORPORATE', 'Corporate'],
      ['DEPARTMENTAL', 'Departmental'],
      ['CAMPAIGN', 'Campaign'],
    ])
    expect([...getByLabelText(root, 'Status', HTMLSelectElement).options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Any'],
      ['ACTIVE', 'Active'],
      ['DEACTIVATED', 'Closed'],
    ])

    type(getByLabelText(root, 'Platform'), 'FACEBOOK')
    type(getByLabelText(root, 'Kind'), 'DEPARTMENTAL')
    type(getByLabelText(root, 'Status'), 'ACTIVE')
    type(getByLabelText(root, 'Search'), ' libraries ')
    getByRole(root, 'button', { name: 'Apply filters' }).click()

    await waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/registry?platform=FACEBOOK&kind=DEPARTMENTAL&status=ACTIVE&q=libraries'),
    )
    await waitFor(() => expect(hasText(root, 'Accounts that match your filters')).toBe(true))
    expect(calls.filter((c) => c.path === '/api/registry/accounts').at(-1).search).toBe(
      '?platform=FACEBOOK&kind=DEPARTMENTAL&status=ACTIVE&q=libraries&page=0&size=50',
    )
    expect(getByRole(root, 'link', { name: 'Clear filters' }).getAttribute('href')).toBe('/registry')

    await router.push('/registry?platform=FACEBOOK&page=2')
    await waitFor(() => expect(hasText(root, 'Showing 51 to 51 of 51')).toBe(true))
    expect(calls.filter((c) => c.path === '/api/registry/accounts').at(-1).search).toBe(
      '?platform=FACEBOOK&page=1&size=50',
    )
    expect(getByRole(root, 'link', { name: 'Previous page' }).getAttribute('href')).toBe('/registry?platform=FACEBOOK')
    expect(getByLabelText(root, 'Platform', HTMLSelectElement).value).toBe('FACEBOOK')
    expect(getByLabelText(root, 'Kind', HTMLSelectElement).value).toBe('')
    expect(getByLabelText(root, 'Search', HTMLInputElement).value).toBe('')
  })

  it("shows the server's errors about the filters", async () => {
    const { root } = await renderApp('/registry?platform=MYSPACE', {
      'GET /api/me': { body: STAFF },
      'GET /api/registry/accounts': badRequest('platform', 'Choose a platform from the list'),
    })

    await errorSummaryLink(root, 'Choose a platform from the list', '#platform')
    expect(getByLabelText(root, 'Platform').getAttribute('aria-invalid')).toBe('true')
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(document.title).toBe('Error: Social media accounts – SocialGov')
  })

  it('says when no accounts match', async () => {
    const { root } = await renderApp('/registry?q=nothing', { 'GET /api/me': { body: STAFF }, 'GET /api/registry/accounts': listPage([]) })
    await waitFor(() => expect(hasText(root, 'No accounts match your filters')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  for (const [who, user] of [
    ['the communications team', COMMS_OFFICER],
    ['internal audit', AUDITOR],
  ]) {
    it(`links ${who} to the authorised users on a past date`, async () => {
      const { root } = await renderApp('/registry', { 'GET /api/me': { body: user }, 'GET /api/registry/accounts': listPage(ACCOUNTS) })
      await waitFor(() => getByRole(root, 'table'))
      expect(hasText(root, 'Every social media account the council runs.')).toBe(true)
      expect(getByRole(root, 'link', { name: 'Authorised users on a past date' }).getAttribute('href')).toBe(
        '/registry/authorised-users',
      )
    })
  }

  describe('importing activity from a spreadsheet', () => {
    const CSV = 'platform,handle,date\nFACEBOOK,@AnytownLibraries,2026-11-27\nFACEBOOK,@AnytownLibraries,26/11/2026\n'


    /** @param {HTMLElement} root */
    const importSection = (root) =>
      /** @type {HTMLElement} */ (
        getByRole(root, 'heading', { level: 2, name: 'Import activity from a spreadsheet' }).closest('section')
      )

    /** @param {Record<string, any>} [extra] */
    const importRoutes = (extra = {}) => ({
      'GET /api/me': { body: STAFF },
      'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
      'GET /api/registry/accounts': listPage(ACCOUNTS),
      ...extra,
    })

    it('sends the file as CSV, says how much was imported and shows the list again', async () => {
      const { root, calls } = await renderApp('/registry', importRoutes({ 'POST /api/registry/activity-import': { body: { imported: 12, alreadyRecorded: 3 } } }))

      const section = await waitFor(() => importSection(root))
      expect(
        hasText(
          section,
          'Upload a CSV file with one row for each day an account posted. The first row must be the headings platform, handle, date. Dates are like 2026-11-27 or 27/11/2026. If any row has a problem, nothing is imported.',
        ),
      ).toBe(true)
      const input = getByLabelText(section, 'CSV file')
      expect(input.getAttribute('type')).toBe('file')
      expect(input.getAttribute('accept')).toBe('.csv,text/csv')
      await waitFor(() => getByRole(root, 'table'))

      chooseFiles(input, [new File([CSV], 'activity.csv', { type: 'text/csv' })])
      getByRole(section, 'button', { name: 'Import activity' }).click()

      const banner = await successBanner(root, 'Activity imported')
      expect(hasText(banner, '12 days of activity recorded. 3 were already recorded.')).toBe(true)
      await waitFor(() => expect(document.activeElement).toBe(banner))

      const post = calls.find((c) => c.method === 'POST')
      expect(post.path).toBe('/api/registry/activity-import')
      expect(post.headers.get('Content-Type')).toBe('text/csv')
      expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
      expect(post.body).toBe(CSV)
      // The list is loaded again, with the new activity.
      expect(calls.filter((c) => c.path === '/api/registry/accounts')).toHaveLength(2)
      expect(/** @type {HTMLInputElement} */ (input).value).toBe('')
    })

    it('says when one day was imported and none were already recorded', async () => {
      const { root } = await renderApp('/registry', importRoutes({ 'POST /api/registry/activity-import': { body: { imported: 1, alreadyRecorded: 0 } } }))

      const section = await waitFor(() => importSection(root))
      chooseFiles(getByLabelText(section, 'CSV file'), [new File([CSV], 'activity.csv', { type: 'text/csv' })])
      getByRole(section, 'button', { name: 'Import activity' }).click()

      const banner = await waitFor(() => getByRole(root, 'alert'))
      expect(hasText(banner, '1 day of activity recorded.')).toBe(true)
      expect(hasText(banner, 'already recorded')).toBe(false)
    })

    it('lists each problem row, and says nothing was imported', async () => {
      const { root } = await renderApp('/registry', importRoutes({
        'POST /api/registry/activity-import': problem(
          400,
          'Bad Request',
          [
            { field: 'rows[3]', message: 'Line 3: there is no X (Twitter) account @foo that you may record activity for' },
            { field: 'rows[5]', message: 'Line 5: enter the date like 2026-11-27 or 27/11/2026' },
          ],
          'Nothing was imported',
        ),
      }))

      const section = await waitFor(() => importSection(root))
      const input = getByLabelText(section, 'CSV file')
      chooseFiles(input, [new File([CSV], 'activity.csv', { type: 'text/csv' })])
      getByRole(section, 'button', { name: 'Import activity' }).click()

      const summary = await waitFor(() => getByRole(root, 'alert'))
      expect(hasText(summary, 'There is a problem')).toBe(true)
      const links = queryAllByRole(summary, 'link')
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
        ['Line 3: there is no X (Twitter) account @foo that you may record activity for', '#csv'],
        ['Line 5: enter the date like 2026-11-27 or 27/11/2026', '#csv'],
      ])
      await waitFor(() => expect(document.activeElement).toBe(summary))
      await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
      expect(root.querySelector('#csv-error').textContent.replace(/\s+/g, ' ').trim()).toBe(
        'Error: The file has 2 problems: nothing was imported',
      )
      expect(input.getAttribute('aria-describedby')).toBe('csv-hint csv-error')
      expect(hasText(root, 'Activity imported')).toBe(false)
      expect(document.title).toBe('Error: Social media accounts – SocialGov')
    })

    it('asks for a file, and refuses one over 1 MB without sending it', async () => {
      const { root, calls } = await renderApp('/registry', importRoutes())

      const section = await waitFor(() => importSection(root))
      getByRole(section, 'button', { name: 'Import activity' }).click()
      let summary = await errorSummaryLink(root, 'Select a CSV file', '#csv')
      const input = getByLabelText(section, 'CSV file')
      await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
      expect(hasText(section, 'Error: Select a CSV file')).toBe(true)

      const big = new File(['platform,handle,date'], 'big.csv', { type: 'text/csv' })
      Object.defineProperty(big, 'size', { value: 1024 * 1024 + 1 })
      chooseFiles(input, [big])
      getByRole(section, 'button', { name: 'Import activity' }).click()
      summary = await waitFor(() => {
        const alert = getByRole(root, 'alert')
        if (!hasText(alert, 'The file must be smaller than 1 MB')) throw new Error('not yet')
        return alert
      })
      expect(getByRole(summary, 'link', { name: 'The file must be smaller than 1 MB' }).getAttribute('href')).toBe('#csv')
      expect(hasText(section, 'Error: The file must be smaller than 1 MB')).toBe(true)
      expect(calls.some((c) => c.method === 'POST')).toBe(false)
    })

    it('shows a problem with the whole file beside it', async () => {
      const { root } = await renderApp('/registry', importRoutes({
        'POST /api/registry/activity-import': problem(
          400,
          'Bad Request',
          undefined,
          'The first row must be the headings platform, handle, date',
        ),
      }))

      const section = await waitFor(() => importSection(root))
      chooseFiles(getByLabelText(section, 'CSV file'), [new File(['a,b\n'], 'wrong.csv', { type: 'text/csv' })])
      getByRole(section, 'button', { name: 'Import activity' }).click()

      const summary = await waitFor(() => getByRole(root, 'alert'))
      expect(
        getByRole(summary, 'link', { name: 'The first row must be the headings platform, handle, date' }).getAttribute(
          'href',
        ),
      ).toBe('#csv')
      expect(hasText(section, 'Error: The first row must be the headings platform, handle, date')).toBe(true)
    })
  })
})
