import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import { badRequest, HR_OFFICER, INFORMATION_MANAGER, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, section, text, waitFor } from '../../test/queries.js'
import { errorLinksToField, errorSummaryLink, expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const RETAINED = {
  caseType: 'breach-investigation',
  caseId: 'inv-1',
  reference: 'BR-2026-0001',
  caseKind: 'Breach investigation',
  closedOn: '2027-01-21',
  retentionRule: 'Six years after the case is closed',
  disposeOn: '2033-01-21',
  status: 'RETAINED',
  statusLabel: 'Retained',
  holdCount: 0,
  holds: [],
}

const RELEASED_HOLD = {
  id: 'hold-1',
  caseType: 'breach-investigation',
  caseId: 'inv-2',
  reason: 'Employment tribunal claim',
  placedBy: 'hana.ross',
  placedByName: 'Hana Ross',
  placedAt: '2026-06-01T09:00:00Z',
  releasedAt: '2026-09-01T09:00:00Z',
  releasedBy: 'ian.moss',
  releasedByName: 'Ian Moss',
  releaseReason: 'The claim was settled',
}

const HOLD = {
  ...RELEASED_HOLD,
  id: 'hold-2',
  reason: 'Police investigation\nCrime reference 12/3456/26',
  placedBy: 'morgan.ellis',
  placedByName: 'Morgan Ellis',
  placedAt: '2026-10-01T14:30:00Z',
  releasedAt: null,
  releasedBy: null,
  releasedByName: null,
  releaseReason: null,
}

const OTHER_HOLD = {
  ...HOLD,
  id: 'hold-3',
  reason: 'Subject access request',
  placedBy: 'ian.moss',
  placedByName: null,
  placedAt: '2026-10-20T08:00:00Z',
}

const ON_HOLD = {
  ...RETAINED,
  caseId: 'inv-2',
  reference: 'BR-2026-0002',
  disposeOn: '2026-11-01',
  status: 'ON_HOLD',
  statusLabel: undefined,
  holdCount: 2,
  holds: [OTHER_HOLD, RELEASED_HOLD, HOLD],
}

const DISPOSED = {
  ...RETAINED,
  caseType: 'member-harassment-report',
  caseId: 'hr-7',
  reference: 'HA-2019-0007',
  caseKind: null,
  closedOn: '2019-03-03',
  disposeOn: '2026-03-03',
  status: 'DISPOSED',
  statusLabel: 'Destroyed',
  holdCount: 0,
}

const MANIFEST = `record ${'a'.repeat(64)}\nfile ${'b'.repeat(64)}\nfile ${'c'.repeat(64)}`

const DISPOSAL = {
  id: 'd-1',
  caseType: 'member-harassment-report',
  caseId: 'hr-7',
  reference: 'HA-2019-0007',
  authorisedBy: 'ian.moss',
  authorisedByName: 'Ian Moss',
  disposedAt: '2026-03-03T10:00:00Z',
  itemCount: 1,
  fileCount: 2,
  manifest: MANIFEST,
}

const RULES = [
  { caseKinds: [], subjectKinds: [], outcomes: [], referredToPolice: true, years: 7, rule: 'Referred to the police: 7 years after closure',
    why: 'Criminal proceedings and appeals can run for years' },
  { caseKinds: ['breach-investigation'], subjectKinds: ['MEMBER'], outcomes: ['BREACH_FOUND'], referredToPolice: null, years: 6,
    rule: 'Code of Conduct breach found: 6 years after closure', why: null },
  { caseKinds: ['access-grant'], subjectKinds: [], outcomes: ['NOT_ENDORSED', 'REJECTED'], referredToPolice: null, years: 2,
    rule: 'Access not given: 2 years after the decision', why: 'Long enough to answer a complaint about the refusal' },
  { caseKinds: [], subjectKinds: [], outcomes: [], referredToPolice: null, years: 1, rule: 'Anything else', why: null },
]

/** @param {Record<string, any>} [extra] */
function routes(extra = {}) {
  return {
    'GET /api/me': { body: INFORMATION_MANAGER },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/retention/schedule': { body: { items: [RETAINED, ON_HOLD, DISPOSED] } },
    'GET /api/retention/disposals': { body: { items: [DISPOSAL] } },
    'GET /api/retention/rules': { body: { items: RULES } },
    ...extra,
  }
}

/** The body rows of a section's table, without the rows of holds; a cell's text up to any details in it. @param {HTMLElement} el */
const bodyRows = (el) =>
  queryAllByRole(getByRole(el, 'table'), 'row')
    .slice(1)
    .filter((row) => !row.classList.contains('table__details-row'))
    .map((row) =>
      [...row.querySelectorAll('td')].map((td) => {
        const copy = /** @type {HTMLElement} */ (td.cloneNode(true))
        copy.querySelectorAll('details').forEach((d) => d.remove())
        return text(copy)
      }),
    )

/** The retention schedule, once its table is shown. @param {HTMLElement} root */
const scheduleShown = (root) =>
  waitFor(() => {
    const found = section(root, 'Retention schedule')
    getByRole(found, 'table')
    return found
  })

describe('RetentionView', () => {
  it('shows the Information Manager when each case is due to be destroyed, and what has been', async () => {
    const { root } = await renderApp('/retention', routes())

    const schedule = await scheduleShown(root)
    expectTitled(root, 'Retention and disposal')
    expect([...schedule.querySelectorAll('th')].map(text)).toEqual([
      'Reference',
      'Kind',
      'Closed on',
      'Rule',
      'Dispose on',
      'Status',
      'Legal holds',
    ])
    expect(bodyRows(schedule)).toEqual([
      ['BR-2026-0001', 'Breach investigation', '21 January 2027', 'Six years after the case is closed', '21 January 2033', 'Retained', 'None'],
      ['BR-2026-0002', 'Breach investigation', '21 January 2027', 'Six years after the case is closed', '1 November 2026', 'On legal hold', '2 legal holds'],
      ['HA-2019-0007', 'Harassment report', '3 March 2019', 'Six years after the case is closed', '3 March 2026', 'Destroyed', 'None'],
    ])
    const tags = [...schedule.querySelectorAll('tbody .tag')].map((tag) => tag.classList[1])
    expect(tags).toEqual(['tag--blue', 'tag--orange', 'tag--grey'])
    // No way into any case from here, and nothing to hold once destroyed.
    expect(queryAllByRole(schedule, 'link')).toHaveLength(0)
    expect(
      [...schedule.querySelectorAll('details summary')].map(text),
    ).toEqual([
      'Place a legal hold on BR-2026-0001',
      'Place a legal hold on BR-2026-0002',
      'Release this hold: legal hold 2 on BR-2026-0002',
      'Release this hold: legal hold 3 on BR-2026-0002',
    ])

    // The holds still in force, under their case's row: who placed each, when and why.
    const holdRows = [...schedule.querySelectorAll('tr.table__details-row')]
    expect(holdRows).toHaveLength(1)
    expect(holdRows[0].previousElementSibling?.querySelector('td')?.textContent).toBe('BR-2026-0002')
    expect(holdRows[0].querySelector('td')?.getAttribute('colspan')).toBe('7')
    expect(text(/** @type {Element} */ (holdRows[0].querySelector('.table__details-title')))).toBe(
      'Legal holds in force on BR-2026-0002',
    )
    const holds = [...holdRows[0].querySelectorAll('.holds__item')]
    expect(
      holds.map((item) => [...item.children].filter((child) => child.tagName === 'P').map(text)),
    ).toEqual([
      ['Legal hold 2', 'Placed by Morgan Ellis on 1 October 2026 at 15:30', 'Police investigation Crime reference 12/3456/26'],
      ['Legal hold 3', 'Placed by ian.moss on 20 October 2026 at 09:00', 'Subject access request'],
    ])
    expect(holds[0].querySelector('.pre-line')?.textContent).toBe(HOLD.reason)
    expect(holds[0].querySelector('time')?.getAttribute('datetime')).toBe(HOLD.placedAt)
    // A released hold is not listed here.
    expect(hasText(schedule, 'Employment tribunal claim')).toBe(false)

    const disposals = await waitFor(() => {
      const found = section(root, 'Disposal records')
      getByRole(found, 'table')
      return found
    })
    expect([...disposals.querySelectorAll('th')].map(text)).toEqual([
      'Reference',
      'Kind',
      'Destroyed',
      'Authorised by',
      'What was destroyed',
    ])
    expect(bodyRows(disposals)).toEqual([
      ['HA-2019-0007', 'Harassment report', '3 March 2026 at 10:00', 'Ian Moss', '1 record and 2 files'],
    ])
    const manifest = /** @type {HTMLElement} */ (disposals.querySelector('details'))
    expect(text(/** @type {Element} */ (manifest.querySelector('summary')))).toBe(
      'Fingerprints of what was destroyed for HA-2019-0007',
    )
    expect(manifest.querySelector('pre')?.textContent).toBe(MANIFEST)
  })

  it('places a legal hold on one case, asking why first', async () => {
    let held = false
    const { root, calls } = await renderApp('/retention', routes({
      'GET /api/retention/schedule': () => ({
        body: { items: [held ? { ...RETAINED, status: 'ON_HOLD', statusLabel: 'On legal hold', holdCount: 1 } : RETAINED, ON_HOLD] },
      }),
      'POST /api/retention/holds': () => {
        held = true
        return { status: 201, body: { id: 'hold-9', reason: 'Subject access request', placedBy: 'ian.moss', placedAt: '2026-12-01T10:00:00Z' } }
      },
    }))

    const schedule = await scheduleShown(root)
    getByRole(schedule, 'button', { name: 'Place the hold on BR-2026-0001' }).click()
    const reason = await errorLinksToField(root, schedule, {
      message: 'Enter why the records of BR-2026-0001 must be kept',
      label: 'Why must the records of BR-2026-0001 be kept?',
      id: 'holdReason-0',
    })
    expect(reason.closest('details')?.hasAttribute('open')).toBe(true)
    expect(getByLabelText(schedule, 'Why must the records of BR-2026-0002 be kept?').getAttribute('aria-invalid')).toBeNull()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    type(reason, '  Subject access request  ')
    getByRole(schedule, 'button', { name: 'Place the hold on BR-2026-0001' }).click()
    const banner = await waitFor(() => {
      const found = getByRole(root, 'alert')
      if (!hasText(found, 'Success')) throw new Error('not yet')
      return found
    })
    expect(hasText(banner, 'Legal hold placed on BR-2026-0001')).toBe(true)
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/retention/holds')
    expect(post?.body).toEqual({ caseType: 'breach-investigation', caseId: 'inv-1', reason: 'Subject access request' })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')
    await waitFor(() => expect(bodyRows(section(root, 'Retention schedule'))[0].slice(5)).toEqual(['On legal hold', '1 legal hold']))
  })

  it("shows the server's problem with a hold by that case's reason", async () => {
    const { root } = await renderApp('/retention', routes({
      'POST /api/retention/holds': badRequest('reason', 'Reason must be 2,000 characters or fewer'),
    }))

    const schedule = await scheduleShown(root)
    type(getByLabelText(schedule, 'Why must the records of BR-2026-0002 be kept?'), 'x'.repeat(2001))
    getByRole(schedule, 'button', { name: 'Place the hold on BR-2026-0002' }).click()
    await errorSummaryLink(root, 'Reason must be 2,000 characters or fewer', '#holdReason-1')
  })

  it('releases a legal hold, asking why first', async () => {
    let released = false
    const { root, calls } = await renderApp('/retention', routes({
      'GET /api/retention/schedule': () => ({
        body: {
          items: [
            RETAINED,
            released
              ? {
                  ...ON_HOLD,
                  holdCount: 1,
                  holds: [OTHER_HOLD, RELEASED_HOLD, { ...HOLD, releasedAt: '2026-12-01T10:00:00Z', releasedBy: 'ian.moss', releasedByName: 'Ian Moss', releaseReason: 'Police investigation closed' }],
                }
              : ON_HOLD,
          ],
        },
      }),
      'POST /api/retention/holds/hold-2/release': () => {
        released = true
        return { body: { ...HOLD, releasedAt: '2026-12-01T10:00:00Z', releasedBy: 'ian.moss', releaseReason: 'Police investigation closed' } }
      },
    }))

    const schedule = await scheduleShown(root)
    const button = getByRole(schedule, 'button', { name: 'Release this hold: legal hold 2 on BR-2026-0002' })
    button.click()
    const reason = await errorLinksToField(root, schedule, {
      message: 'Enter why legal hold 2 on BR-2026-0002 can be released',
      label: 'Why can legal hold 2 on BR-2026-0002 be released?',
      id: 'releaseReason-hold-2',
    })
    expect(reason.closest('details')?.hasAttribute('open')).toBe(true)
    // Only that hold's box says what is wrong.
    expect(getByLabelText(schedule, 'Why can legal hold 3 on BR-2026-0002 be released?').getAttribute('aria-invalid')).toBeNull()
    expect(getByLabelText(schedule, 'Why must the records of BR-2026-0002 be kept?').getAttribute('aria-invalid')).toBeNull()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    type(reason, ' Police investigation closed ')
    button.click()
    const banner = await waitFor(() => {
      const found = getByRole(root, 'alert')
      if (!hasText(found, 'Success')) throw new Error('not yet')
      return found
    })
    expect(hasText(banner, 'Legal hold 2 on BR-2026-0002 released')).toBe(true)
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/retention/holds/hold-2/release')
    expect(post?.body).toEqual({ reason: 'Police investigation closed' })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')

    // The schedule is read again: one hold left in force.
    await waitFor(() => expect(bodyRows(section(root, 'Retention schedule'))[1][6]).toBe('1 legal hold'))
    const holds = [...section(root, 'Retention schedule').querySelectorAll('.holds__item')]
    expect(holds.map((item) => text(/** @type {Element} */ (item.querySelector('.holds__title'))))).toEqual(['Legal hold 3'])
    expect(calls.filter((c) => c.path === '/api/retention/schedule')).toHaveLength(2)
  })

  it("shows the server's problem with a release by that hold's reason", async () => {
    const { root } = await renderApp('/retention', routes({
      'POST /api/retention/holds/hold-3/release': badRequest('release.reason', 'Reason must be 2,000 characters or fewer'),
    }))

    const schedule = await scheduleShown(root)
    const reason = getByLabelText(schedule, 'Why can legal hold 3 on BR-2026-0002 be released?')
    type(reason, 'x'.repeat(2001))
    getByRole(schedule, 'button', { name: 'Release this hold: legal hold 3 on BR-2026-0002' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Reason must be 2,000 characters or fewer', '#releaseReason-hold-3'],
    ])
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(text(/** @type {Element} */ (document.getElementById('releaseReason-hold-3-error')))).toBe(
      'Error: Reason must be 2,000 characters or fewer',
    )
    expect(getByLabelText(schedule, 'Why can legal hold 2 on BR-2026-0002 be released?').getAttribute('aria-invalid')).toBeNull()
    // What was typed is still there to correct.
    expect(/** @type {HTMLTextAreaElement} */ (reason).value).toBe('x'.repeat(2001))
  })

  it('says when a hold has been released already, and shows the schedule as it is now', async () => {
    let released = false
    const { root, calls } = await renderApp('/retention', routes({
      'GET /api/retention/schedule': () => ({
        body: {
          items: [
            released
              ? { ...ON_HOLD, holdCount: 1, holds: [OTHER_HOLD, RELEASED_HOLD, { ...HOLD, releasedAt: '2026-12-01T09:00:00Z' }] }
              : ON_HOLD,
          ],
        },
      }),
      'POST /api/retention/holds/hold-2/release': () => {
        released = true
        return problem(409, 'Conflict', undefined, 'This legal hold has already been released')
      },
    }))

    const schedule = await scheduleShown(root)
    type(getByLabelText(schedule, 'Why can legal hold 2 on BR-2026-0002 be released?'), 'No longer needed')
    getByRole(schedule, 'button', { name: 'Release this hold: legal hold 2 on BR-2026-0002' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect([...summary.querySelectorAll('li')].map(text)).toEqual(['This legal hold has already been released'])
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/retention/schedule')).toHaveLength(2))
    await waitFor(() =>
      expect(
        [...section(root, 'Retention schedule').querySelectorAll('.holds__title')].map(text),
      ).toEqual(['Legal hold 3']),
    )
  })

  it('says when there is nothing to show, or it cannot be shown', async () => {
    const { root } = await renderApp('/retention', routes({
      'GET /api/retention/schedule': { body: { items: [] } },
      'GET /api/retention/disposals': problem(500, 'Internal Server Error'),
      'GET /api/retention/rules': { body: { items: [] } },
    }))

    await waitFor(() => expect(hasText(root, 'No closed cases have records to keep yet.')).toBe(true))
    await waitFor(() => expect(hasText(root, 'The retention schedule has no rules.')).toBe(true))
    await waitFor(() => expect(hasText(root, 'Sorry, the disposal records could not be shown. Try again later.')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('is only for the Information Manager', async () => {
    const { root, calls } = await renderApp('/retention', routes({ 'GET /api/me': { body: HR_OFFICER } }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
    expect(calls.some((c) => c.path.startsWith('/api/retention'))).toBe(false)
  })

  it('disposes of the cases the Information Manager ticks, once they confirm the authorisation', async () => {
    const DUE = { ...RETAINED, caseId: 'ar-3', caseType: 'account-request', reference: 'AR-2024-0003', caseKind: 'Request for a new account',
      status: 'DUE', statusLabel: 'Due for disposal', authorisationTaskId: 'task-3' }
    const OTHER_DUE = { ...DUE, caseId: 'ag-4', caseType: 'access-grant', reference: 'AG-2024-0004', caseKind: null, authorisationTaskId: 'task-4' }
    let disposed = false
    const { root, calls } = await renderApp('/retention', routes({
      'GET /api/retention/schedule': () => ({ body: { items: disposed ? [RETAINED, OTHER_DUE] : [RETAINED, DUE, OTHER_DUE] } }),
      'POST /api/tasks/bulk/complete': () => {
        disposed = true
        return { body: { done: ['task-3'], failed: [] } }
      },
    }))

    const due = await waitFor(() => section(root, 'Due for disposal'))
    expect(hasText(due, 'No case is due for disposal')).toBe(false)
    const button = getByRole(due, 'button', { name: 'Dispose of the selected cases' })
    button.click()
    await errorSummaryLink(root, 'Select the cases to dispose of', '#cases')
    await errorSummaryLink(root, 'Confirm that you authorise the disposal', '#confirm')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    tick(getByLabelText(due, 'AR-2024-0003: Request for a new account'))
    tick(getByLabelText(due, 'I authorise the disposal of the selected cases'))
    button.click()
    const banner = await waitFor(() => {
      const found = getByRole(root, 'alert')
      if (!hasText(found, '1 case disposed of')) throw new Error('not yet')
      return found
    })
    expect(banner).toBeTruthy()
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/tasks/bulk/complete')
    expect(post?.body).toEqual({ taskIds: ['task-3'], variables: { disposalAuthorised: true } })
    await waitFor(() => expect(queryAllByRole(section(root, 'Due for disposal'), 'checkbox').map((box) => box.getAttribute('value')))
      .toEqual(['task-4', 'yes']))
  })

  it('says when no case is due for disposal', async () => {
    const { root } = await renderApp('/retention', routes())
    const due = await waitFor(() => section(root, 'Due for disposal'))
    expect(hasText(due, 'No case is due for disposal.')).toBe(true)
    expect(queryAllByRole(due, 'button')).toHaveLength(0)
  })

  it('lists how long each kind of case is kept, in the schedule\'s own order', async () => {
    const { root } = await renderApp('/retention', routes())
    const periods = await waitFor(() => {
      const found = section(root, 'How long each kind of case is kept')
      getByRole(found, 'table')
      return found
    })
    expect(bodyRows(periods)).toEqual([
      ['Any case, referred to the police', '7 years', 'Criminal proceedings and appeals can run for years'],
      ['Breach investigation, about a councillor, ending: breach found', '6 years', 'Code of Conduct breach found: 6 years after closure'],
      ['Access to a corporate account, ending: not endorsed, rejected', '2 years', 'Long enough to answer a complaint about the refusal'],
      ['Any case', '1 year', 'Anything else'],
    ])
  })
})
