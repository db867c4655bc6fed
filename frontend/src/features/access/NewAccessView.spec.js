import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import { caseOverview, problem, STAFF } from '../../test/fakeFetch.js'
import { accessibleName, getByLabelText, getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { accessGrant } from '../../test/records.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const FACEBOOK = { id: '7c0a1f52-0001-4000-8000-000000000001', name: 'Anytown Council', platformLabel: 'Facebook', handle: '@AnytownCouncil' }
const X = { id: '7c0a1f52-0002-4000-8000-000000000002', name: 'Anytown Council', platformLabel: 'X (Twitter)', handle: '@anytown' }
const LIBRARIES = { id: '7c0a1f52-0003-4000-8000-000000000003', name: 'Anytown Libraries', platformLabel: 'Instagram', handle: '@anytownlibraries' }

const STATEMENT_TEXT = 'I will post only for the purpose agreed.\nI will not share the password.\n\nI will follow the social media policy.'

const OPTIONS = {
  accounts: [FACEBOOK, X, LIBRARIES],
  grantee: 'priya.shah',
  endorser: { username: 'omar.said', displayName: 'Omar Said', lineManager: true },
  noEndorser: null,
  defaultEndDate: '2027-02-27',
  maxEndDate: '2027-11-27',
  statement: { version: '2026-1', text: STATEMENT_TEXT },
}

const CREATED = accessGrant({
  id: 'g-9',
  reference: 'AG-2026-0009',
  accounts: [FACEBOOK, LIBRARIES],
  requestedEndDate: '2027-01-15',
  requestedAt: '2026-11-27T14:05:00Z',
  statement: { version: '2026-1', text: STATEMENT_TEXT },
})

/** @param {Record<string, any>} [extra] */
function routes(extra = {}) {
  return {
    'GET /api/me': { body: STAFF },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/access-grants/options': { body: OPTIONS },
    ...extra,
  }
}

/** @param {HTMLElement} root */
const form = (root) => waitFor(() => getByRole(root, 'button', { name: 'Send request' }))

/** @param {HTMLElement} root */
async function fillIn(root) {
  await form(root)
  tick(getByLabelText(root, 'Anytown Council (Facebook, @AnytownCouncil)'))
  tick(getByLabelText(root, 'Anytown Libraries (Instagram, @anytownlibraries)'))
  type(getByLabelText(root, 'What do you need the access for?'), '  Library events over the winter  ')
  type(getByLabelText(root, 'How will you use the account?'), 'Posting event updates twice a week')
  type(getByLabelText(root, 'When should the access end?'), '2027-01-15')
}

describe('NewAccessView', () => {
  it('asks which accounts, who endorses it, why, how and until when, and shows the statement to be signed', async () => {
    const { root, calls } = await renderApp('/access/new', routes())

    await form(root)
    expectTitled(root, 'Ask for access to a corporate account')
    expect(calls.some((c) => c.path === '/api/access-grants/options')).toBe(true)

    const accounts = getByRole(root, 'group', { name: 'Which accounts do you need?' })
    expect(queryAllByRole(accounts, 'checkbox').map((box) => [accessibleName(box), /** @type {HTMLInputElement} */ (box).value])).toEqual([
      ['Anytown Council (Facebook, @AnytownCouncil)', FACEBOOK.id],
      ['Anytown Council (X (Twitter), @anytown)', X.id],
      ['Anytown Libraries (Instagram, @anytownlibraries)', LIBRARIES.id],
    ])
    expect(queryAllByRole(accounts, 'checkbox').some((box) => /** @type {HTMLInputElement} */ (box).checked)).toBe(false)

    // Nobody chooses the endorser: the organisation directory's line manager is named.
    expect(root.querySelector('select')).toBeNull()
    expect(hasText(root, 'Your line manager, Omar Said, will be asked to endorse this.')).toBe(true)

    expect(getByLabelText(root, 'What do you need the access for?').tagName).toBe('TEXTAREA')
    const use = getByLabelText(root, 'How will you use the account?')
    expect(use.tagName).toBe('TEXTAREA')
    expect(text(/** @type {Element} */ (document.getElementById('intendedUse-hint')))).toBe(
      'For example, posting event updates twice a week',
    )

    const end = /** @type {HTMLInputElement} */ (getByLabelText(root, 'When should the access end?'))
    expect(end.type).toBe('date')
    expect(end.value).toBe('2027-02-27')
    expect(text(/** @type {Element} */ (document.getElementById('requestedEndDate-hint')))).toBe(
      'Access is always temporary. Usually 3 months; at most until 27 November 2027',
    )

    const summary = /** @type {HTMLElement} */ (
      [...root.querySelectorAll('details > summary')].find((s) => text(s) === 'Read the statement you will be asked to sign')
    )
    expect(summary).toBeTruthy()
    const details = /** @type {HTMLElement} */ (summary.parentElement)
    expect(hasText(details, 'Version 2026-1')).toBe(true)
    const body = /** @type {HTMLElement} */ (details.querySelector('.pre-line'))
    expect(body.textContent).toBe(STATEMENT_TEXT)
    // The statement comes before the button that sends the request.
    const button = getByRole(root, 'button', { name: 'Send request' })
    expect(details.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('says what is missing before sending anything', async () => {
    const { root, router, calls } = await renderApp('/access/new', routes())

    await form(root)
    type(getByLabelText(root, 'What do you need the access for?'), '   ')
    type(getByLabelText(root, 'When should the access end?'), '')
    getByRole(root, 'button', { name: 'Send request' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select at least one account', '#accountIds'],
      ['Enter what you need the access for', '#purpose'],
      ['Enter how you will use the account', '#intendedUse'],
      ['Enter the date the access should end', '#requestedEndDate'],
    ])
    await waitFor(() => expect(document.activeElement).toBe(summary))
    // The summary's first link lands on the first checkbox, and the group says what is wrong.
    expect(document.getElementById('accountIds')?.getAttribute('type')).toBe('checkbox')
    const group = getByRole(root, 'group', { name: 'Which accounts do you need?' })
    expect(group.getAttribute('aria-describedby')).toBe('accountIds-error')
    expect(text(/** @type {Element} */ (document.getElementById('accountIds-error')))).toBe(
      'Error: Select at least one account',
    )
    expect(getByLabelText(root, 'When should the access end?').getAttribute('aria-invalid')).toBe('true')
    expect(document.title).toBe('Error: Ask for access to a corporate account – SocialGov')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    expect(router.currentRoute.value.path).toBe('/access/new')
  })

  it('sends the request and shows it', async () => {
    const { root, router, calls } = await renderApp('/access/new', routes({
      'POST /api/access-grants': { status: 201, body: CREATED },
      'GET /api/access-grants/g-9': { body: CREATED },
      'GET /api/cases/access-grant/g-9': {
        body: caseOverview('access-grant', 'g-9', {
          reference: 'AG-2026-0009',
          title: 'Priya Shah: Anytown Council and Anytown Libraries',
          status: 'REQUESTED',
          statusLabel: 'Waiting for the line manager',
          openedAt: '2026-11-27T14:05:00Z',
          openedBy: 'priya.shah',
          openedByName: 'Priya Shah',
        }),
      },
    }))

    await fillIn(root)
    getByRole(root, 'button', { name: 'Send request' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/access/g-9'))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/access-grants')
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(post?.body).toEqual({
      accountIds: [FACEBOOK.id, LIBRARIES.id],
      purpose: 'Library events over the winter',
      intendedUse: 'Posting event updates twice a week',
      requestedEndDate: '2027-01-15',
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Priya Shah: Anytown Council and Anytown Libraries' }))
    expect(hasText(getByRole(root, 'alert'), 'Request AG-2026-0009 sent')).toBe(true)
    await waitFor(() => expect(hasText(root, 'Library events over the winter')).toBe(true))
  })

  it('names the head of department when they endorse it', async () => {
    const head = await renderApp('/access/new', routes({
      'GET /api/access-grants/options': { body: { ...OPTIONS, endorser: { username: 'dana.hughes', displayName: 'Dana Hughes', lineManager: false } } },
    }))
    await form(head.root)
    expect(hasText(head.root, 'The head of your department, Dana Hughes, will be asked to endorse this.')).toBe(true)
  })

  it('says what HR must fix in the directory when nobody can endorse the request', async () => {
    const nobody = 'Nobody in the organisation directory can endorse your request: ask HR to record your line manager, or a head of your department, in the directory'
    const none = await renderApp('/access/new', routes({
      'GET /api/access-grants/options': { body: { ...OPTIONS, endorser: null, noEndorser: nobody } },
      'POST /api/access-grants': problem(400, 'Bad Request', [{ field: 'grantee', message: nobody }]),
    }))
    await fillIn(none.root)
    expect(hasText(none.root, 'will be asked to endorse this')).toBe(false)
    expect(hasText(none.root, `Warning: ${nobody}`)).toBe(true)
    getByRole(none.root, 'button', { name: 'Send request' }).click()
    const summary = await waitFor(() => getByRole(none.root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([[nobody, '#grantee']])
  })

  it("shows the server's problems by the fields, whatever list item they name", async () => {
    const { root } = await renderApp('/access/new', routes({
      'POST /api/access-grants': problem(400, 'Bad Request', [
        { field: 'accountIds[0]', message: 'Select an account that is in use' },
        { field: 'requestedEndDate', message: 'The end date must be on or before 27 November 2027' },
      ]),
    }))

    await fillIn(root)
    type(getByLabelText(root, 'When should the access end?'), '2028-01-01')
    getByRole(root, 'button', { name: 'Send request' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select an account that is in use', '#accountIds'],
      ['The end date must be on or before 27 November 2027', '#requestedEndDate'],
    ])
    await waitFor(() => expect(text(/** @type {Element} */ (document.getElementById('accountIds-error')))).toBe(
      'Error: Select an account that is in use',
    ))
    const end = /** @type {HTMLInputElement} */ (getByLabelText(root, 'When should the access end?'))
    expect(end.getAttribute('aria-invalid')).toBe('true')
    expect(end.value).toBe('2028-01-01')
    expect(getByLabelText(root, 'What do you need the access for?').getAttribute('aria-invalid')).toBeNull()
  })

  it('says why the request cannot be made', async () => {
    const { root } = await renderApp('/access/new', routes({
      'POST /api/access-grants': problem(409, 'Conflict', undefined, 'You already have access to Anytown Council on Facebook'),
    }))

    await fillIn(root)
    getByRole(root, 'button', { name: 'Send request' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'You already have access to Anytown Council on Facebook')).toBe(true)
    expect(queryAllByRole(summary, 'link')).toHaveLength(0)
  })

  it('says when the form cannot be shown', async () => {
    const { root, calls } = await renderApp('/access/new', routes({ 'GET /api/access-grants/options': problem(503, 'Service Unavailable') }))

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Service Unavailable')).toBe(true)
    expect(queryAllByRole(root, 'button', { name: 'Send request' })).toHaveLength(0)
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('says when there are no accounts to ask for', async () => {
    const { root } = await renderApp('/access/new', routes({ 'GET /api/access-grants/options': { body: { ...OPTIONS, accounts: [] } } }))

    await waitFor(() =>
      expect(hasText(root, 'There are no corporate accounts you can ask for access to at the moment.')).toBe(true),
    )
    expect(queryAllByRole(root, 'button', { name: 'Send request' })).toHaveLength(0)
  })
})

