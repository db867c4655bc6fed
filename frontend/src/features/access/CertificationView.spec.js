import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import { AUDITOR, badRequest, COMMS_OFFICER, problem, STAFF } from '../../test/fakeFetch.js'
import { bodyRows, getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'
import { certification } from '../../test/records.js'

const PERSON = { decision: null, justification: null, decidedBy: null, decidedAt: null, byDefault: false, appliedAt: null }

const OPEN = certification({
  accounts: [
    {
      accountId: 'acc-1',
      name: 'Anytown Libraries',
      platformLabel: 'X (Twitter)',
      people: [
        { ...PERSON, username: 'asmith', userName: 'Alex Smith' },
        {
          ...PERSON,
          username: 'bjones',
          userName: 'Bo Jones',
          decision: 'KEEP',
          justification: 'Runs the events diary',
          decidedBy: 'priya.shah',
          decidedAt: '2026-11-28T10:00:00Z',
        },
      ],
    },
  ],
})

const CLOSED = {
  ...OPEN,
  id: 'c-1',
  reference: 'CE-2026-0001',
  closedAt: '2026-12-19T00:05:00Z',
  accounts: [
    {
      ...OPEN.accounts[0],
      people: [
        { ...PERSON, username: 'asmith', userName: 'Alex Smith', decision: 'REMOVE', byDefault: true, appliedAt: '2026-12-19T00:05:00Z' },
        OPEN.accounts[0].people[1],
      ],
    },
  ],
}

const DECISIONS_PATH = '/api/certifications/c-2/accounts/acc-1/decisions'

/** @param {any} user @param {Record<string, any>} [extra] */
const routes = (user, extra = {}) => ({
  'GET /api/me': { body: user },
  'GET /api/certifications/c-2': { body: OPEN },
  'GET /api/certifications/c-1': { body: CLOSED },
  ...extra,
})

/** @param {Element} root @param {string} legend */
const person = (root, legend) => getByRole(root, 'group', { name: legend })

describe('CertificationView', () => {
  it('shows an account owner a form for each person on their accounts, with saved decisions', async () => {
    const { root } = await renderApp('/certifications/c-2', routes(STAFF))

    const page = getByRole(root, 'main')
    await waitFor(() => getByRole(page, 'heading', { level: 1, name: 'Certification CE-2026-0002' }))
    expect(document.title).toBe('Certification CE-2026-0002 – SocialGov')
    expect(hasText(page, 'Decide by 18 December 2026.')).toBe(true)
    // Only the communications team and internal audit get the report.
    expect(queryAllByRole(page, 'link', { name: 'Download the report (CSV)' })).toHaveLength(0)

    const section = getByRole(page, 'region', { name: 'Anytown Libraries (X (Twitter))' })
    expect(getByRole(section, 'button', { name: 'Keep everyone' })).toBeTruthy()
    expect(getByRole(section, 'button', { name: 'Remove everyone' })).toBeTruthy()
    expect(hasText(section, 'Bulk choices still need a reason for each person')).toBe(true)

    const alex = person(section, 'Alex Smith (asmith)')
    expect(queryAllByRole(alex, 'radio').map((r) => /** @type {HTMLInputElement} */ (r).checked)).toEqual([false, false])
    expect(getByLabelText(alex, 'Keep')).toBeTruthy()
    expect(/** @type {HTMLTextAreaElement} */ (getByLabelText(alex, 'Reason')).value).toBe('')

    const bo = person(section, 'Bo Jones (bjones)')
    expect(/** @type {HTMLInputElement} */ (getByLabelText(bo, 'Keep')).checked).toBe(true)
    expect(/** @type {HTMLTextAreaElement} */ (getByLabelText(bo, 'Reason')).value).toBe('Runs the events diary')
    expect(hasText(bo, 'Saved: Keep, by priya.shah on 28 November 2026 at 10:00')).toBe(true)
    expect(getByRole(section, 'button', { name: 'Save decisions for this account' })).toBeTruthy()
  })

  it('asks for a reason for each person, even after a bulk choice, before saving', async () => {
    const { root, calls } = await renderApp('/certifications/c-2', routes(STAFF, { [`PUT ${DECISIONS_PATH}`]: { status: 204 } }))

    const section = await waitFor(() => getByRole(root, 'region', { name: 'Anytown Libraries (X (Twitter))' }))
    getByRole(section, 'button', { name: 'Remove everyone' }).click()
    await waitFor(() =>
      expect(/** @type {HTMLInputElement} */ (getByLabelText(person(section, 'Alex Smith (asmith)'), 'Remove')).checked).toBe(true),
    )
    expect(/** @type {HTMLInputElement} */ (getByLabelText(person(section, 'Bo Jones (bjones)'), 'Remove')).checked).toBe(true)

    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(person(section, 'Bo Jones (bjones)'), 'Reason')), '')
    getByRole(section, 'button', { name: 'Save decisions for this account' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    const links = queryAllByRole(summary, 'link')
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Say why, for Alex Smith', 'Say why, for Bo Jones'])
    const reason = getByLabelText(person(section, 'Alex Smith (asmith)'), 'Reason')
    expect(links[0].getAttribute('href')).toBe(`#${reason.id}`)
    expect(reason.getAttribute('aria-invalid')).toBe('true')
    expect(hasText(person(section, 'Alex Smith (asmith)'), 'Error: Say why, for Alex Smith')).toBe(true)
    expect(calls.some((c) => c.method === 'PUT')).toBe(false)
  })

  it('asks for keep or remove for each person', async () => {
    const { root } = await renderApp('/certifications/c-2', routes(STAFF))

    const section = await waitFor(() => getByRole(root, 'region', { name: 'Anytown Libraries (X (Twitter))' }))
    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(person(section, 'Alex Smith (asmith)'), 'Reason')), 'Left')
    getByRole(section, 'button', { name: 'Save decisions for this account' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    const link = getByRole(summary, 'link', { name: 'Select keep or remove for Alex Smith' })
    expect(link.getAttribute('href')).toBe(`#${getByLabelText(person(section, 'Alex Smith (asmith)'), 'Keep').id}`)
  })

  it('saves an account’s decisions and says so', async () => {
    const { root, calls } = await renderApp('/certifications/c-2', routes(STAFF, { [`PUT ${DECISIONS_PATH}`]: { status: 204 } }))

    const section = await waitFor(() => getByRole(root, 'region', { name: 'Anytown Libraries (X (Twitter))' }))
    const alex = person(section, 'Alex Smith (asmith)')
    tick(/** @type {HTMLInputElement} */ (getByLabelText(alex, 'Remove')))
    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(alex, 'Reason')), '  Left the library service  ')
    getByRole(section, 'button', { name: 'Save decisions for this account' }).click()

    await waitFor(() => expect(getByRole(root, 'alert').textContent).toContain('Decisions saved for Anytown Libraries'))
    const put = calls.filter((c) => c.method === 'PUT')
    expect(put).toHaveLength(1)
    expect(put[0].path).toBe(DECISIONS_PATH)
    expect(put[0].body).toEqual({
      decisions: [
        { username: 'asmith', decision: 'REMOVE', justification: 'Left the library service' },
        { username: 'bjones', decision: 'KEEP', justification: 'Runs the events diary' },
      ],
    })
    expect(hasText(person(section, 'Alex Smith (asmith)'), 'Saved: Remove, by priya.shah')).toBe(true)
  })

  it('leaves the person’s own place on an account for someone else to decide, and saves the others', async () => {
    const withMe = {
      ...OPEN,
      accounts: [{ ...OPEN.accounts[0], people: [{ ...PERSON, username: 'priya.shah', userName: 'Priya Shah' }, ...OPEN.accounts[0].people] }],
    }
    const { root, calls } = await renderApp('/certifications/c-2', routes(STAFF, { 'GET /api/certifications/c-2': { body: withMe }, [`PUT ${DECISIONS_PATH}`]: { status: 204 } }))

    const section = await waitFor(() => getByRole(root, 'region', { name: 'Anytown Libraries (X (Twitter))' }))
    const me = person(section, 'Priya Shah (priya.shah)')
    expect(queryAllByRole(me, 'radio')).toHaveLength(0)
    expect(hasText(me, 'Someone else decides whether you keep access: the communications team will.')).toBe(true)

    getByRole(section, 'button', { name: 'Keep everyone' }).click()
    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(person(section, 'Alex Smith (asmith)'), 'Reason')), 'Posts every day')
    getByRole(section, 'button', { name: 'Save decisions for this account' }).click()

    await waitFor(() => expect(getByRole(root, 'alert').textContent).toContain('Decisions saved for Anytown Libraries'))
    expect(calls.filter((c) => c.method === 'PUT')[0].body).toEqual({
      decisions: [
        { username: 'asmith', decision: 'KEEP', justification: 'Posts every day' },
        { username: 'bjones', decision: 'KEEP', justification: 'Runs the events diary' },
      ],
    })
  })

  it('shows the server’s field errors by the person they are about', async () => {
    const { root } = await renderApp('/certifications/c-2', routes(STAFF, {
      [`PUT ${DECISIONS_PATH}`]: badRequest('decisions[1].justification', 'Say more about why'),
    }))

    const section = await waitFor(() => getByRole(root, 'region', { name: 'Anytown Libraries (X (Twitter))' }))
    const alex = person(section, 'Alex Smith (asmith)')
    tick(/** @type {HTMLInputElement} */ (getByLabelText(alex, 'Keep')))
    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(alex, 'Reason')), 'Posts every day')
    getByRole(section, 'button', { name: 'Save decisions for this account' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    const reason = getByLabelText(person(section, 'Bo Jones (bjones)'), 'Reason')
    expect(getByRole(summary, 'link', { name: 'Say more about why' }).getAttribute('href')).toBe(`#${reason.id}`)
    expect(hasText(person(section, 'Bo Jones (bjones)'), 'Say more about why')).toBe(true)
    expect(hasText(person(section, 'Alex Smith (asmith)'), 'Say more about why')).toBe(false)
  })

  it('shows a closed campaign’s decisions without forms, with the report for internal audit', async () => {
    const { root } = await renderApp('/certifications/c-1', routes(AUDITOR))

    const page = getByRole(root, 'main')
    await waitFor(() => getByRole(page, 'heading', { level: 1, name: 'Certification CE-2026-0001' }))
    expect(hasText(page, 'Closed on 19 December 2026.')).toBe(true)
    expect(getByRole(page, 'link', { name: 'Download the report (CSV)' }).getAttribute('href')).toBe(
      '/api/certifications/c-1.csv',
    )
    expect(queryAllByRole(page, 'group')).toHaveLength(0)
    expect(queryAllByRole(page, 'button', { name: 'Save decisions for this account' })).toHaveLength(0)
    const table = getByRole(page, 'table')
    expect([...table.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual([
      'Person',
      'Decision',
      'Reason',
      'Decided by',
      'Applied',
    ])
    expect(bodyRows(table)).toEqual([
      ['Alex Smith asmith', 'Remove By default, as nobody decided', '', 'Nobody', '19 December 2026 at 00:05'],
      ['Bo Jones bjones', 'Keep', 'Runs the events diary', 'priya.shah 28 November 2026 at 10:00', 'Not applied'],
    ])
  })

  it('gives the communications team the report', async () => {
    const { root } = await renderApp('/certifications/c-2', routes(COMMS_OFFICER))
    const link = await waitFor(() => getByRole(root, 'link', { name: 'Download the report (CSV)' }))
    expect(link.getAttribute('href')).toBe('/api/certifications/c-2.csv')
  })

  it('says when there is nobody to certify', async () => {
    const { root } = await renderApp('/certifications/c-2', routes(STAFF, { 'GET /api/certifications/c-2': { body: { ...OPEN, accounts: [] } } }))
    await waitFor(() =>
      expect(hasText(root, 'There is nobody to certify on your accounts in this campaign.')).toBe(true),
    )
  })

  it('says when the certification is not found', async () => {
    const { root } = await renderApp('/certifications/c-2', routes(STAFF, { 'GET /api/certifications/c-2': problem(404, 'Not Found') }))
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Certification not found' }))
  })
})
