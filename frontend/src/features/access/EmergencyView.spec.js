import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { ADMIN, AUDITOR, badRequest, callsTo, COMMS_OFFICER, problem, STAFF } from '../../test/fakeFetch.js'
import { bodyRows, getByLabelText, getByRole, hasText, queryAllByRole, section, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const MESSAGE = 'We are aware of the flooding in Anytown.\nFollow @AnytownCouncil for updates.'

const IN_FORCE = {
  id: 'em-2',
  reference: 'EM-2026-0002',
  holdingMessage: MESSAGE,
  invokedBy: 'sam.patel',
  invokedByName: 'Sam Patel',
  invokedAt: '2026-11-27T14:05:00Z',
  liftedBy: null,
  liftedByName: null,
  liftedAt: null,
  suspendedGrants: 3,
}

const PAST = {
  id: 'em-1',
  reference: 'EM-2025-0001',
  holdingMessage: 'Services are running as normal.',
  invokedBy: 'alex.jones',
  invokedByName: 'Alex Jones',
  invokedAt: '2025-07-01T08:30:00Z',
  liftedBy: 'sam.patel',
  liftedByName: 'Sam Patel',
  liftedAt: '2025-07-02T16:45:00Z',
  suspendedGrants: 1,
}

const ACTIVE = { body: { active: true, emergency: IN_FORCE } }
const NONE = { body: { active: false, emergency: null } }
const NO_HISTORY = { body: { items: [] } }

/** The summary list as key -> value. @param {Element} root */
function summaryRows(root) {
  return Object.fromEntries(
    [...root.querySelectorAll('.summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]),
  )
}

/**
 * Another officer acts first: the emergency stands as `before` until the page sends `post`, which
 * is refused (409) with `detail` while the emergency becomes `after`.
 * @param {object} before @param {object} after @param {string} post @param {string} detail
 */
function overtaken(before, after, post, detail) {
  let current = before
  return {
    'GET /api/me': { body: COMMS_OFFICER },
    'GET /api/emergency': () => current,
    'GET /api/emergencies': NO_HISTORY,
    [post]: () => {
      current = after
      return problem(409, 'Conflict', undefined, detail)
    },
  }
}

/** @param {Element} root */
const queryBanner = (root) => queryAllByRole(root, 'region', { name: 'Emergency procedures are in force' })

/** @param {Element} root */
const main = (root) => getByRole(root, 'main')

describe('EmergencyView', () => {
  it('lets the communications team invoke an emergency when none is in force', async () => {
    const { root } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': NONE,
      'GET /api/emergencies': NO_HISTORY,
    })

    const page = main(root)
    await waitFor(() => getByRole(page, 'heading', { level: 2, name: 'Invoke an emergency' }))
    expectTitled(page, 'Emergency procedures')
    expect(
      hasText(
        page,
        'In an emergency (policy D 9) the communications team can stop all posting except one holding message. ' +
          'Everyone with temporary access to a corporate account is suspended, and each account\'s owner gets a task ' +
          'to post the holding message. Lifting the emergency restores access with its dates unchanged and tells ' +
          'everyone concerned.',
      ),
    ).toBe(true)
    expect(hasText(page, 'No emergency is in force.')).toBe(true)

    const field = getByLabelText(page, 'Holding message')
    expect(field.tagName).toBe('TEXTAREA')
    expect(field.getAttribute('name')).toBe('holdingMessage')
    const hint = document.getElementById(/** @type {string} */ (field.getAttribute('aria-describedby')))
    expect(hint?.textContent?.trim()).toBe(
      'The only message that may be posted from council accounts until the emergency is lifted',
    )
    const button = getByRole(page, 'button', { name: 'Invoke emergency' })
    expect(button.classList.contains('button--warning')).toBe(true)
    expect(queryAllByRole(page, 'button', { name: 'Lift the emergency' })).toHaveLength(0)

    await waitFor(() => expect(hasText(section(page, 'Past emergencies'), 'There have been no emergencies.')).toBe(true))
    expect(queryAllByRole(page, 'table')).toHaveLength(0)
    expect(queryBanner(root)).toHaveLength(0)
  })

  it('asks for the holding message before sending anything', async () => {
    const { root, calls } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': NONE,
      'GET /api/emergencies': NO_HISTORY,
    })
    const button = await waitFor(() => getByRole(root, 'button', { name: 'Invoke emergency' }))

    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'Holding message')), '   \n ')
    button.click()

    const alert = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    expect(document.activeElement).toBe(alert)
    expect(getByRole(alert, 'link', { name: 'Enter the holding message' }).getAttribute('href')).toBe('#holdingMessage')
    expect(hasText(root.querySelector('.form-group--error'), 'Error: Enter the holding message')).toBe(true)
    expect(getByLabelText(root, 'Holding message').getAttribute('aria-invalid')).toBe('true')
    expect(document.title).toBe('Error: Emergency procedures – SocialGov')
    expect(callsTo(calls, 'POST', '/api/emergencies')).toHaveLength(0)
  })

  it('invokes the emergency, says so, and shows the banner at once', async () => {
    let history = NO_HISTORY
    const { root, calls } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': NONE,
      'GET /api/emergencies': () => history,
      'POST /api/emergencies': () => {
        history = { body: { items: [IN_FORCE, PAST] } }
        return { status: 201, body: IN_FORCE }
      },
      'GET /api/auth/csrf': { setCookie: 'XSRF-TOKEN=token-1' },
    })
    await waitFor(() => getByRole(root, 'button', { name: 'Invoke emergency' }))
    const checksBefore = callsTo(calls, 'GET', '/api/emergency').length

    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'Holding message')), `  ${MESSAGE}  `)
    getByRole(root, 'button', { name: 'Invoke emergency' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert', { name: 'Success' }))
    expect(hasText(banner, 'Emergency invoked')).toBe(true)
    await waitFor(() => expect(document.activeElement).toBe(banner))

    const posts = callsTo(calls, 'POST', '/api/emergencies')
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toEqual({ holdingMessage: MESSAGE })
    expect(posts[0].headers.get('X-XSRF-TOKEN')).toBe('token-1')

    // The page now shows the emergency in force, and no longer offers to invoke one.
    const page = main(root)
    const current = section(page, 'An emergency is in force')
    expect(summaryRows(current)).toMatchObject({ Reference: 'EM-2026-0002', 'Access suspended': '3 grants suspended' })
    expect(queryAllByRole(page, 'button', { name: 'Invoke emergency' })).toHaveLength(0)
    expect(getByRole(page, 'button', { name: 'Lift the emergency' })).toBeTruthy()

    // The banner on every page shows it straight away, from what the server answered.
    const emergencyBanner = getByRole(root, 'region', { name: 'Emergency procedures are in force' })
    expect(emergencyBanner.querySelector('blockquote')?.textContent).toBe(MESSAGE)
    // No link to the page the person is on.
    expect(queryAllByRole(emergencyBanner, 'link', { name: 'Manage the emergency' })).toHaveLength(0)
    expect(callsTo(calls, 'GET', '/api/emergency')).toHaveLength(checksBefore)

    // The list of emergencies is fetched again.
    const table = await waitFor(() => getByRole(section(page, 'Past emergencies'), 'table'))
    expect(bodyRows(table)[0]).toEqual([
      'EM-2026-0002',
      'We are aware of the flooding in Anytown. Follow @AnytownCouncil for updates.',
      'Sam Patel 27 November 2026 at 14:05',
      'In force',
      '3',
    ])
  })

  it('shows the server\'s errors about the holding message by the field', async () => {
    const { root } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': NONE,
      'GET /api/emergencies': NO_HISTORY,
      'POST /api/emergencies': badRequest('holdingMessage', 'The holding message must be 1,000 characters or fewer'),
    })
    await waitFor(() => getByRole(root, 'button', { name: 'Invoke emergency' }))

    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'Holding message')), 'x'.repeat(1001))
    getByRole(root, 'button', { name: 'Invoke emergency' }).click()

    const alert = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    expect(
      getByRole(alert, 'link', { name: 'The holding message must be 1,000 characters or fewer' }).getAttribute('href'),
    ).toBe('#holdingMessage')
    expect(hasText(root.querySelector('.form-group--error'), 'The holding message must be 1,000 characters or fewer')).toBe(
      true,
    )
    // What was typed is kept, to be shortened.
    expect(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'Holding message')).value).toBe('x'.repeat(1001))
    expect(queryAllByRole(root, 'alert', { name: 'Success' })).toHaveLength(0)
    expect(queryBanner(root)).toHaveLength(0)
  })

  it('says why when an emergency is already in force, and shows it', async () => {
    const { root } = await renderApp('/emergency', overtaken(NONE, ACTIVE, 'POST /api/emergencies', 'An emergency is already in force'))
    await waitFor(() => getByRole(root, 'button', { name: 'Invoke emergency' }))

    type(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'Holding message')), 'Please bear with us')
    getByRole(root, 'button', { name: 'Invoke emergency' }).click()

    const alert = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    expect(hasText(alert, 'An emergency is already in force')).toBe(true)
    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'An emergency is in force' }))
    expect(queryAllByRole(root, 'button', { name: 'Invoke emergency' })).toHaveLength(0)
    await waitFor(() => expect(queryBanner(root)).toHaveLength(1))
    expect(hasText(alert, 'An emergency is already in force')).toBe(true)
  })

  it('shows the emergency in force, and asks the communications team to confirm before lifting it', async () => {
    const { root, calls } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': ACTIVE,
      'GET /api/emergencies': { body: { items: [IN_FORCE, PAST] } },
    })
    const page = main(root)
    const current = await waitFor(() => section(page, 'An emergency is in force'))

    expect(summaryRows(current)).toEqual({
      Reference: 'EM-2026-0002',
      'Holding message': MESSAGE,
      'Invoked by': 'Sam Patel',
      Invoked: '27 November 2026 at 14:05',
      'Access suspended': '3 grants suspended',
    })
    expect(current.querySelector('dd .pre-line')?.textContent).toBe(MESSAGE)
    expect(queryAllByRole(page, 'button', { name: 'Invoke emergency' })).toHaveLength(0)
    expect(hasText(page, 'No emergency is in force.')).toBe(false)

    const lift = getByRole(current, 'button', { name: 'Lift the emergency' })
    expect(lift.classList.contains('button--warning')).toBe(true)
    expect(hasText(current, 'Are you sure?')).toBe(false)

    lift.click()
    await waitFor(() => getByRole(current, 'button', { name: 'Yes, lift it' }))
    const question = /** @type {HTMLElement} */ (document.activeElement)
    expect(question.textContent?.trim()).toBe('Are you sure? Access will be restored and everyone concerned told.')
    expect(queryAllByRole(current, 'button', { name: 'Lift the emergency' })).toHaveLength(0)

    getByRole(current, 'button', { name: 'Cancel' }).click()
    await waitFor(() => expect(document.activeElement).toBe(getByRole(current, 'button', { name: 'Lift the emergency' })))
    expect(hasText(current, 'Are you sure?')).toBe(false)
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('lifts the emergency, says so, and takes the banner away at once', async () => {
    let current = ACTIVE
    const lifted = { ...IN_FORCE, liftedBy: 'sam.patel', liftedByName: 'Sam Patel', liftedAt: '2026-11-28T09:15:00Z' }
    let history = { body: { items: [IN_FORCE, PAST] } }
    const { root, calls } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': () => current,
      'GET /api/emergencies': () => history,
      'POST /api/emergencies/em-2/lift': () => {
        current = NONE
        history = { body: { items: [lifted, PAST] } }
        return { body: lifted }
      },
    })
    await waitFor(() => getByRole(root, 'button', { name: 'Lift the emergency' })).then((b) => b.click())
    expect(queryBanner(root)).toHaveLength(1)
    const checksBefore = callsTo(calls, 'GET', '/api/emergency').length

    await waitFor(() => getByRole(root, 'button', { name: 'Yes, lift it' })).then((b) => b.click())

    const banner = await waitFor(() => getByRole(root, 'alert', { name: 'Success' }))
    expect(hasText(banner, 'Emergency lifted')).toBe(true)
    const posts = callsTo(calls, 'POST', '/api/emergencies/em-2/lift')
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toEqual({})

    expect(queryBanner(root)).toHaveLength(0)
    expect(callsTo(calls, 'GET', '/api/emergency')).toHaveLength(checksBefore)
    const page = main(root)
    expect(queryAllByRole(page, 'heading', { name: 'An emergency is in force' })).toHaveLength(0)
    expect(hasText(page, 'No emergency is in force.')).toBe(true)
    expect(getByRole(page, 'button', { name: 'Invoke emergency' })).toBeTruthy()

    await waitFor(() =>
      expect(bodyRows(getByRole(page, 'table'))[0]).toEqual([
        'EM-2026-0002',
        'We are aware of the flooding in Anytown. Follow @AnytownCouncil for updates.',
        'Sam Patel 27 November 2026 at 14:05',
        'Sam Patel 28 November 2026 at 09:15',
        '3',
      ]),
    )
  })

  it('says why when the emergency was already lifted', async () => {
    const { root } = await renderApp('/emergency', overtaken(ACTIVE, NONE, 'POST /api/emergencies/em-2/lift', 'The emergency has already been lifted'))
    await waitFor(() => getByRole(root, 'button', { name: 'Lift the emergency' })).then((b) => b.click())
    await waitFor(() => getByRole(root, 'button', { name: 'Yes, lift it' })).then((b) => b.click())

    const alert = await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    expect(document.activeElement).toBe(alert)
    expect(hasText(alert, 'The emergency has already been lifted')).toBe(true)
    expect(queryAllByRole(root, 'alert', { name: 'Success' })).toHaveLength(0)
    // The page catches up with what is true now.
    await waitFor(() => expect(hasText(main(root), 'No emergency is in force.')).toBe(true))
    expect(queryBanner(root)).toHaveLength(0)
  })

  it('shows internal audit the emergencies, but nothing to change them', async () => {
    const { root } = await renderApp('/emergency', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/emergency': ACTIVE,
      'GET /api/emergencies': { body: { items: [IN_FORCE, PAST] } },
    })
    const page = main(root)
    await waitFor(() => section(page, 'An emergency is in force'))
    expect(queryAllByRole(page, 'button')).toHaveLength(0)

    const table = await waitFor(() => getByRole(section(page, 'Past emergencies'), 'table'))
    expect([...table.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual([
      'Reference',
      'Holding message',
      'Invoked',
      'Lifted',
      'Grants suspended',
    ])
    expect(bodyRows(table)).toEqual([
      [
        'EM-2026-0002',
        'We are aware of the flooding in Anytown. Follow @AnytownCouncil for updates.',
        'Sam Patel 27 November 2026 at 14:05',
        'In force',
        '3',
      ],
      ['EM-2025-0001', 'Services are running as normal.', 'Alex Jones 1 July 2025 at 09:30', 'Sam Patel 2 July 2025 at 17:45', '1'],
    ])
    expect(table.querySelector('td.pre-line')?.textContent).toBe(MESSAGE)
  })

  it('offers internal audit no form when none is in force', async () => {
    const { root } = await renderApp('/emergency', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/emergency': NONE,
      'GET /api/emergencies': { body: { items: [{ ...PAST, suspendedGrants: 0 }] } },
    })
    const page = main(root)
    await waitFor(() => expect(hasText(page, 'No emergency is in force.')).toBe(true))
    expect(queryAllByRole(page, 'heading', { name: 'Invoke an emergency' })).toHaveLength(0)
    expect(queryAllByRole(page, 'textbox')).toHaveLength(0)
    expect(queryAllByRole(page, 'button')).toHaveLength(0)
    await waitFor(() => getByRole(page, 'table'))
  })

  it('counts one suspended grant, and none', async () => {
    for (const [count, text] of /** @type {const} */ ([
      [1, '1 grant suspended'],
      [0, 'No grants suspended'],
    ])) {
      const { root, wrapper } = await renderApp('/emergency', {
        'GET /api/me': { body: AUDITOR },
        'GET /api/emergency': { body: { active: true, emergency: { ...IN_FORCE, suspendedGrants: count } } },
        'GET /api/emergencies': NO_HISTORY,
      })
      const current = await waitFor(() => section(root, 'An emergency is in force'))
      expect(summaryRows(current)['Access suspended']).toBe(text)
      wrapper.unmount()
    }
  })

  it('says so when the emergencies cannot be shown', async () => {
    const { root } = await renderApp('/emergency', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/emergency': problem(500, 'Internal Server Error'),
      'GET /api/emergencies': problem(500, 'Internal Server Error'),
    })
    const page = main(root)
    await waitFor(() => getByRole(root, 'alert', { name: 'There is a problem' }))
    await waitFor(() =>
      expect(hasText(page, 'Sorry, it could not be checked whether an emergency is in force. Try again later.')).toBe(true),
    )
    await waitFor(() => expect(hasText(page, 'Sorry, past emergencies could not be shown. Try again later.')).toBe(true))
    // Nothing is offered while it is not known whether one is in force.
    expect(queryAllByRole(page, 'button', { name: 'Invoke emergency' })).toHaveLength(0)
    expect(queryBanner(root)).toHaveLength(0)
  })

  it('is only for the communications team and internal audit', async () => {
    for (const user of [STAFF, ADMIN]) {
      const { root, wrapper, calls } = await renderApp('/emergency', { 'GET /api/me': { body: user }, 'GET /api/emergency': NONE })
      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
      expect(callsTo(calls, 'GET', '/api/emergencies'), user.username).toHaveLength(0)
      wrapper.unmount()
    }
  })
})
