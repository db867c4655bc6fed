import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { badRequest, caseOverview, COMMS_OFFICER, problem, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, section, summaryRows, text, waitFor } from '../../test/queries.js'
import { confirmWithReason, errorSummaryLink, successBanner } from '../../test/expectations.js'
import { accessGrant } from '../../test/records.js'
import { renderApp } from '../../test/renderApp.js'

const FACEBOOK = { id: 'acc-1', name: 'Anytown Council', platformLabel: 'Facebook', handle: '@AnytownCouncil' }
const X = { id: 'acc-2', name: 'Anytown Council', platformLabel: 'X (Twitter)', handle: '@anytown' }

const STATEMENT = {
  version: '2026-1',
  text: 'I will post only for the purpose agreed.\nI will not share the password.\n\nDo: post event updates.\nDo not: reply to complaints.',
}

const SHA = 'a3f1c9'.padEnd(64, '0')

/** Waiting for the line manager: nothing agreed, decided or signed yet. */
const REQUESTED = accessGrant({
  accounts: [FACEBOOK, X],
  purpose: 'Library events over the winter.\nAnd the spring reading challenge.',
})

const ACTIVE = {
  ...REQUESTED,
  status: 'ACTIVE',
  statusLabel: 'Active',
  agreedEndDate: '2027-01-31',
  specificTerms: 'Do: post event updates.\nDo not: reply to complaints.',
  decisionReason: 'Agreed for the winter events only',
  decidedBy: 'sam.patel',
  activatedAt: '2026-11-27T14:05:00Z',
  statement: STATEMENT,
  signatures: [
    {
      statementVersion: '2026-1',
      statementSha256: SHA,
      signedBy: 'priya.shah',
      signedByName: 'Priya Shah',
      signedAt: '2026-11-26T10:15:00Z',
    },
  ],
  mayRemove: true,
}

const REVOKED = {
  ...ACTIVE,
  status: 'REVOKED',
  statusLabel: 'Removed',
  endedAt: '2026-12-01T16:30:00Z',
  endReason: 'Posted outside the agreed purpose',
  mayRemove: false,
}

/** @param {any} grant */
const overview = (grant) =>
  caseOverview('access-grant', 'g-1', {
    reference: 'AG-2026-0001',
    title: 'Priya Shah: Anytown Council',
    status: grant.status,
    statusLabel: grant.statusLabel,
    openedAt: '2026-11-20T09:00:00Z',
    openedBy: 'priya.shah',
    openedByName: 'Priya Shah',
    tasks:
      grant.status === 'REVOKED'
        ? [{ id: 'task-9', name: 'Change the passwords', assignee: null, mayOpen: true }]
        : [],
  })

/** @param {any} user @param {any} grant @param {Record<string, any>} [extra] */
function routes(user, grant, extra = {}) {
  return {
    'GET /api/me': { body: user },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/access-grants/g-1': { body: grant },
    'GET /api/cases/access-grant/g-1': { body: overview(grant) },
    ...extra,
  }
}

/** The grant's summary list as key -> value. @param {Element} root */
const grantRows = (root) => summaryRows(/** @type {Element} */ (root.querySelector('.grant-summary .summary-list')))

/** @param {HTMLElement} root */
const removeSection = (root) =>
  /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Remove access now' }).closest('section'))

/** @param {HTMLElement} root @param {string} name */
const sectionAfter = (root, name) => {
  const heading = getByRole(root, 'heading', { level: 2, name })
  return /** @type {HTMLElement} */ (heading.nextElementSibling)
}

describe('GrantView and GrantSummary', () => {
  it('shows who has access to which accounts, why, the statement as it stands and who signed it', async () => {
    const { root } = await renderApp('/access/g-1', routes(STAFF, { ...ACTIVE, mayRemove: false }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Priya Shah: Anytown Council' }))
    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Signatures' }))
    expect(document.title).toBe('Access to a corporate account AG-2026-0001 – SocialGov')
    expect(hasText(root, 'Access to a corporate account AG-2026-0001')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Back to access' }).getAttribute('href')).toBe('/access')

    expect(grantRows(root)).toEqual({
      Reference: 'AG-2026-0001',
      Person: 'Priya Shah',
      Accounts: 'Anytown Council (Facebook, @AnytownCouncil)Anytown Council (X (Twitter), @anytown)',
      Status: 'Active',
      'Requested end date': '27 February 2027',
      'Agreed end date': '31 January 2027',
      'Line manager': 'Omar Said',
      'Asked for by': 'Priya Shah',
      Purpose: 'Library events over the winter. And the spring reading challenge.',
      'How it will be used': 'Posting event updates twice a week',
      'Decision reason': 'Agreed for the winter events only',
      'Active since': '27 November 2026 at 14:05',
    })
    const summary = /** @type {HTMLElement} */ (root.querySelector('.grant-summary'))
    expect([...summary.querySelectorAll('.summary-list li')].map(text)).toEqual([
      'Anytown Council (Facebook, @AnytownCouncil)',
      'Anytown Council (X (Twitter), @anytown)',
    ])
    expect(summary.querySelector('.tag')?.classList.contains('tag--green')).toBe(true)
    const purpose = /** @type {HTMLElement} */ ([...summary.querySelectorAll('.pre-line')][0])
    expect(purpose.textContent).toBe('Library events over the winter.\nAnd the spring reading challenge.')

    // The grant's own sections come before the case's, and there is nothing to remove.
    expect(queryAllByRole(root, 'heading', { level: 2 }).map(text)).toEqual([
      'Statement',
      'Signatures',
      'Tasks',
      'Documents',
      'Timeline',
    ])
    expect(queryAllByRole(root, 'button', { name: 'Remove access' })).toHaveLength(0)

    const version = sectionAfter(root, 'Statement')
    expect(text(version)).toBe('Version 2026-1')
    const inset = /** @type {HTMLElement} */ (version.nextElementSibling)
    expect(inset.classList.contains('inset-text')).toBe(true)
    const statement = /** @type {HTMLElement} */ (inset.querySelector('.pre-line'))
    expect(statement.textContent).toBe(STATEMENT.text)

    const signatures = sectionAfter(root, 'Signatures')
    const items = [...signatures.querySelectorAll('li')]
    expect(items).toHaveLength(1)
    expect(text(/** @type {Element} */ (items[0].firstElementChild))).toBe(
      'Signed by Priya Shah on 26 November 2026 at 10:15, version 2026-1',
    )
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-11-26T10:15:00Z')
    const code = /** @type {HTMLElement} */ (items[0].querySelector('code'))
    expect(code.textContent).toBe(SHA)
    expect(text(/** @type {Element} */ (code.parentElement))).toBe(`Fingerprint of the signed text (SHA-256): ${SHA}`)
  })

  it('shows only what has happened so far', async () => {
    const { root } = await renderApp('/access/g-1', routes(STAFF, { ...REQUESTED, granteeName: null, lineManagerName: null }))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Signatures' }))
    const rows = grantRows(root)
    expect(Object.keys(rows)).toEqual([
      'Reference',
      'Person',
      'Accounts',
      'Status',
      'Requested end date',
      'Line manager',
      'Asked for by',
      'Purpose',
      'How it will be used',
    ])
    // Usernames when there are no names.
    expect(rows.Person).toBe('priya.shah')
    expect(rows['Line manager']).toBe('omar.said')
    expect(rows.Status).toBe('Waiting for the line manager')
    expect(root.querySelector('.grant-summary .tag')?.classList.contains('tag--yellow')).toBe(true)
    expect(text(sectionAfter(root, 'Signatures'))).toBe('Not signed yet.')
  })

  it('shows when and why the access ended', async () => {
    const { root } = await renderApp('/access/g-1', routes(COMMS_OFFICER, REVOKED))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Signatures' }))
    expect(grantRows(root)).toMatchObject({
      Status: 'Removed',
      Ended: '1 December 2026 at 16:30',
      'Reason it ended': 'Posted outside the agreed purpose',
    })
    expect(root.querySelector('.grant-summary .tag')?.classList.contains('tag--grey')).toBe(true)
    expect(queryAllByRole(root, 'heading', { name: 'Remove access now' })).toHaveLength(0)
  })

  it('lets the communications team remove the access, and shows it removed', async () => {
    let removed = false
    const { root, calls } = await renderApp('/access/g-1', routes(COMMS_OFFICER, ACTIVE, {
      'GET /api/cases/access-grant/g-1': () => ({ body: overview(removed ? REVOKED : ACTIVE) }),
      'POST /api/access-grants/g-1/removal': () => {
        removed = true
        return { body: REVOKED }
      },
    }))

    const section = await waitFor(() => removeSection(root))
    expect(queryAllByRole(root, 'heading', { level: 2 }).map(text)).toEqual([
      'Statement',
      'Signatures',
      'Remove access now',
      'Tasks',
      'Documents',
      'Timeline',
    ])
    expect(
      hasText(
        section,
        'Removing access ends it today on every account in this grant, and gives the communications team a task to change the passwords.',
      ),
    ).toBe(true)
    confirmWithReason(section, {
      label: 'Why are you removing the access?',
      reason: '  Posted outside the agreed purpose  ',
      button: 'Remove access',
    })

    const banner = await successBanner(root, 'Access removed')
    await waitFor(() => expect(document.activeElement).toBe(banner))

    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/access-grants/g-1/removal')
    expect(post?.body).toEqual({ reason: 'Posted outside the agreed purpose' })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')

    // The grant as the server now has it, without the form.
    expect(grantRows(root)).toMatchObject({ Status: 'Removed', 'Reason it ended': 'Posted outside the agreed purpose' })
    expect(queryAllByRole(root, 'heading', { name: 'Remove access now' })).toHaveLength(0)

    // The case part is loaded again too: its status and tasks have changed.
    await waitFor(() => expect(text(/** @type {Element} */ (root.querySelector('.case-header__status')))).toBe('Status: Removed'))
    expect(calls.filter((c) => c.path === '/api/cases/access-grant/g-1')).toHaveLength(2)
    expect(hasText(root, 'Change the passwords')).toBe(true)
  })

  it('asks why before removing the access', async () => {
    const { root, calls } = await renderApp('/access/g-1', routes(COMMS_OFFICER, ACTIVE))

    const section = await waitFor(() => removeSection(root))
    type(getByLabelText(section, 'Why are you removing the access?'), '   ')
    getByRole(section, 'button', { name: 'Remove access' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(getByRole(summary, 'link', { name: 'Enter why you are removing the access' }).getAttribute('href')).toBe(
      '#reason',
    )
    await waitFor(() => expect(document.activeElement).toBe(summary))
    const reason = getByLabelText(section, 'Why are you removing the access?')
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(text(/** @type {Element} */ (root.querySelector('#reason-error')))).toBe(
      'Error: Enter why you are removing the access',
    )
    expect(document.title).toBe('Error: Access to a corporate account AG-2026-0001 – SocialGov')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it("shows the server's problem with the reason by the field", async () => {
    const { root } = await renderApp('/access/g-1', routes(COMMS_OFFICER, ACTIVE, {
      'POST /api/access-grants/g-1/removal': badRequest('reason', 'Reason must be 2,000 characters or fewer'),
    }))

    const section = await waitFor(() => removeSection(root))
    const reason = getByLabelText(section, 'Why are you removing the access?')
    type(reason, 'x'.repeat(2001))
    getByRole(section, 'button', { name: 'Remove access' }).click()

    await errorSummaryLink(root, 'Reason must be 2,000 characters or fewer', '#reason')
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(hasText(root, 'Access removed')).toBe(false)
    expect(/** @type {HTMLTextAreaElement} */ (reason).value).toBe('x'.repeat(2001))
  })

  it('says why access that has already ended cannot be removed', async () => {
    const { root } = await renderApp('/access/g-1', routes(COMMS_OFFICER, ACTIVE, {
      'POST /api/access-grants/g-1/removal': problem(409, 'Conflict', undefined, 'This access has already ended'),
    }))

    const section = await waitFor(() => removeSection(root))
    type(getByLabelText(section, 'Why are you removing the access?'), 'No longer needed')
    getByRole(section, 'button', { name: 'Remove access' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'This access has already ended')).toBe(true)
    expect(queryAllByRole(summary, 'link')).toHaveLength(0)
    expect(getByLabelText(section, 'Why are you removing the access?').getAttribute('aria-invalid')).toBeNull()
  })

  it('says when the grant does not exist', async () => {
    const { root } = await renderApp('/access/nope', { 'GET /api/me': { body: STAFF } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Access to a corporate account not found' }))
    expect(getByRole(root, 'link', { name: 'list of requests for access' }).getAttribute('href')).toBe('/access')
    expect(document.title).toBe('Access to a corporate account not found – SocialGov')
  })

  it("lets the communications team place a legal hold on a grant, asking why", async () => {
    let holds = /** @type {any[]} */ ([])
    const { root, calls } = await renderApp('/access/g-1', routes(COMMS_OFFICER, REVOKED, {
      'GET /api/retention/cases/access-grant/g-1': () => ({ body: { retention: null, holds, mayPlaceHold: true } }),
      'POST /api/retention/holds': () => {
        holds = [{ id: 'h-1', reason: 'Freedom of Information request', placedBy: 'alex.morgan', placedAt: '2026-12-01T10:00:00Z' }]
        return { status: 201, body: holds[0] }
      },
    }))

    const holdsSection = await waitFor(() => section(root, 'Legal holds'))
    getByRole(holdsSection, 'button', { name: 'Place the hold' }).click()
    await errorSummaryLink(root, 'Enter why the records must be kept', '#holdReason')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    type(getByLabelText(holdsSection, 'Why must the records be kept?'), 'Freedom of Information request')
    getByRole(holdsSection, 'button', { name: 'Place the hold' }).click()
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      caseType: 'access-grant', caseId: 'g-1', reason: 'Freedom of Information request',
    }))
    await waitFor(() => expect(hasText(section(root, 'Legal holds'), 'Freedom of Information request')).toBe(true))
  })

  it('shows no legal holds to someone who may not place one when there are none', async () => {
    const { root } = await renderApp('/access/g-1', routes(STAFF, ACTIVE, {
      'GET /api/retention/cases/access-grant/g-1': { body: { retention: null, holds: [], mayPlaceHold: false } },
    }))
    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Timeline' }))
    expect(queryAllByRole(root, 'heading', { level: 2, name: 'Legal holds' })).toHaveLength(0)
  })
})
