import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import {
  badRequest,
  caseOverview,
  HR_OFFICER,
  INFORMATION_MANAGER,
  MONITORING_OFFICER,
  problem,
  STAFF,
} from '../../test/fakeFetch.js'
import {
  accessibleName,
  getByLabelText,
  getByRole,
  hasText,
  queryAllByRole,
  section,
  summaryRows,
  text,
  waitFor,
} from '../../test/queries.js'
import { errorLinksToField, errorSummaryLink } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'
import { investigation } from '../../test/records.js'

const HOLD = {
  id: 'hold-1',
  reason: 'Employment tribunal claim ET/1234/26',
  placedBy: 'hana.ross',
  placedByName: 'Hana Ross',
  placedAt: '2026-12-01T10:00:00Z',
  releasedAt: null,
  releasedByName: null,
  releaseReason: null,
}

const RELEASED_HOLD = {
  id: 'hold-0',
  reason: 'Possible appeal',
  placedBy: 'hana.ross',
  placedByName: 'Hana Ross',
  placedAt: '2026-11-28T09:00:00Z',
  releasedAt: '2026-11-30T16:00:00Z',
  releasedByName: 'Ian Moss',
  releaseReason: 'No appeal was made in time',
}

const INTERVIEW = {
  id: 'note-1',
  kind: 'INTERVIEW',
  kindLabel: 'Interview',
  text: 'Interviewed Alex Morgan with their union representative.\nThey accepted they wrote the post.',
  writtenBy: 'nia.roberts',
  writtenByName: 'Nia Roberts',
  writtenAt: '2026-11-25T11:30:00Z',
}

/** Closed, with every part filled in. */
const CLOSED = investigation({
  clauses: [
    { code: 'B1.4-abuse', reference: 'B 1.4', label: 'Abusive or threatening behaviour' },
    { code: 'B1.7-confidential', reference: 'B 1.7', label: 'Sharing confidential information' },
  ],
  description: 'Posted threats to a resident.\nThen shared their address.',
  postLinks: ['https://x.com/example/status/1', 'javascript:alert(1)'],
  status: 'CLOSED',
  statusLabel: 'Closed',
  route: 'FORMAL',
  routeLabel: 'Formal investigation',
  routeReason: 'Threats to a member of the public',
  investigator: 'nia.roberts',
  investigatorName: 'Nia Roberts',
  investigationDue: '2026-01-15',
  findings: 'The posts were written by Alex Morgan.',
  independentPersonView: null,
  hearingDate: '2027-01-20',
  hearingDecision: 'The allegation is upheld.',
  sanction: 'Final written warning',
  outcome: 'DISCIPLINARY',
  outcomeLabel: 'Disciplinary action',
  outcomeDetail: 'Final written warning for 12 months.',
  disciplinaryReference: 'DISC-2027-004',
  crimeReference: null,
  closedAt: '2027-01-21T15:00:00Z',
  retention: { disposeOn: '2033-01-21', retentionRule: 'Six years after the case is closed', status: 'RETAINED', statusLabel: 'Retained' },
  holds: [RELEASED_HOLD, HOLD],
  notes: [INTERVIEW],
  mayAddNotes: true,
  mayPlaceHold: true,
})

/** Just reported: nobody has done anything yet. */
const REPORTED = {
  ...CLOSED,
  subjectKind: 'MEMBER',
  subject: 'cllr.jones',
  subjectName: 'Councillor Jones',
  lineManager: null,
  lineManagerName: null,
  postLinks: [],
  status: 'REPORTED',
  statusLabel: 'Reported',
  route: null,
  routeLabel: null,
  routeReason: null,
  investigator: null,
  investigatorName: null,
  investigationDue: null,
  findings: null,
  hearingDate: null,
  hearingDecision: null,
  sanction: null,
  outcome: null,
  outcomeLabel: null,
  outcomeDetail: null,
  disciplinaryReference: null,
  closedAt: null,
  retention: null,
  holds: [],
  notes: [],
  mayAddNotes: false,
  mayPlaceHold: false,
}

/** @param {any} investigation */
const overview = (investigation) =>
  caseOverview('breach-investigation', 'inv-1', {
    reference: investigation.reference,
    title: `${investigation.subjectName}: suspected breach of the policy`,
    status: investigation.status,
    statusLabel: investigation.statusLabel,
    openedAt: investigation.reportedAt,
  })

/** @param {any} user @param {any} investigation @param {Record<string, any>} [extra] */
function routes(user, investigation, extra = {}) {
  return {
    'GET /api/me': { body: user },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/investigations/inv-1': { body: investigation },
    'GET /api/cases/breach-investigation/inv-1': { body: overview(investigation) },
    'GET /api/cases/breach-investigation/inv-1/evidence': { body: { items: [], mayAdd: false, platforms: [] } },
    'GET /api/cases/breach-investigation/inv-1/evidence/custody': { body: { entries: [] } },
    ...extra,
  }
}

/** Each summary list as key -> value, in order. @param {Element} root */
const summaryLists = (root) => [...root.querySelectorAll('.investigation-summary .summary-list')].map(summaryRows)

/** @param {HTMLElement} root */
const loaded = (root) => waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Notes and interviews' }))

describe('InvestigationView and InvestigationSummary', () => {
  it('shows what was reported, how it was dealt with, what was decided and how long its records are kept', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED))

    await loaded(root)
    expect(getByRole(root, 'heading', { level: 1 }).textContent?.trim()).toBe('Alex Morgan: suspected breach of the policy')
    expect(document.title).toBe('Breach investigation BR-2026-0001 – SocialGov')
    expect(hasText(root, 'Breach investigation BR-2026-0001')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Back to investigations' }).getAttribute('href')).toBe('/investigations')

    const [report, investigation, outcome, retention] = summaryLists(root)
    expect(report).toEqual({
      Reference: 'BR-2026-0001',
      Status: 'Closed',
      'Reported person': 'Alex Morgan',
      'Employee or councillor': 'Employee',
      'Line manager': 'Omar Said',
      'Parts of the policy': 'B 1.4: Abusive or threatening behaviourB 1.7: Sharing confidential information',
      'What happened': 'Posted threats to a resident. Then shared their address.',
      'Links to the posts': 'https://x.com/example/status/1javascript:alert(1)',
      'Reported by': 'Priya Shah',
      Reported: '20 November 2026 at 09:00',
    })
    expect(investigation).toEqual({
      'How it is being dealt with': 'Formal investigation',
      Why: 'Threats to a member of the public',
      Investigator: 'Nia Roberts',
      // Closed: no longer overdue.
      'Investigation due': '15 January 2026',
      Findings: 'The posts were written by Alex Morgan.',
      'Hearing date': '20 January 2027',
      'Hearing decision': 'The allegation is upheld.',
      Sanction: 'Final written warning',
    })
    expect(outcome).toEqual({
      Outcome: 'Disciplinary action',
      Details: 'Final written warning for 12 months.',
      'Disciplinary reference': 'DISC-2027-004',
      Closed: '21 January 2027 at 15:00',
    })
    expect(retention).toEqual({
      Status: 'Retained',
      Rule: 'Six years after the case is closed',
      'Records to be destroyed on': '21 January 2033',
    })

    // Only a web address is a link, and it does not tell the site where it came from.
    const summary = /** @type {HTMLElement} */ (root.querySelector('.investigation-summary'))
    const links = queryAllByRole(summary, 'link')
    expect(links.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['https://x.com/example/status/1', 'https://x.com/example/status/1', 'noopener noreferrer'],
    ])
    expect(summary.querySelector('.tag--grey')?.textContent).toBe('Closed')
    expect(summary.querySelector('.tag--red')).toBeNull()

    expect(queryAllByRole(root, 'heading', { level: 2 }).map(text)).toEqual([
      'Investigation',
      'Outcome',
      'Retention',
      'Notes and interviews',
      'Evidence',
      'Legal holds',
      'Exclude someone from this case',
      'Tasks',
      'Documents',
      'Timeline',
    ])

    const notes = section(root, 'Notes and interviews')
    const items = [...notes.querySelectorAll('li')]
    expect(items).toHaveLength(1)
    expect(getByRole(items[0], 'heading', { level: 3 }).textContent?.trim()).toBe('Interview')
    expect(text(/** @type {Element} */ (items[0].querySelector('.comments__meta')))).toBe('Nia Roberts, 25 November 2026 at 11:30')
    expect(items[0].querySelector('.pre-line')?.textContent).toBe(INTERVIEW.text)

    const holds = section(root, 'Legal holds')
    const [released, inForce] = [...holds.querySelectorAll('.holds__item')]
    expect([...released.children].map(text)).toEqual([
      'Legal hold 1',
      'Status: Released',
      'Placed by Hana Ross on 28 November 2026 at 09:00',
      'Possible appeal',
      'Released by Ian Moss on 30 November 2026 at 16:00',
      'No appeal was made in time',
    ])
    expect(queryAllByRole(released, 'button')).toHaveLength(0)
    expect(inForce.querySelector('.tag--orange')?.textContent).toBe('In force')
    expect(getByRole(inForce, 'button', { name: 'Release legal hold 2' })).toBeTruthy()
  })

  it('says when the organisation directory gives the employee no line manager', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, { ...CLOSED, lineManager: null, lineManagerName: null }))

    await loaded(root)
    expect(summaryLists(root)[0]['Line manager']).toBe('No line manager in the organisation directory')
  })

  it('shows only what has happened so far, and no forms to someone who may not use them', async () => {
    const investigator = { username: 'nia.roberts', displayName: 'Nia Roberts', groups: ['staff'] }
    const { root } = await renderApp('/investigations/inv-1', routes(investigator, REPORTED))

    await loaded(root)
    const lists = summaryLists(root)
    expect(lists).toHaveLength(2)
    expect(lists[0]).toMatchObject({
      'Reported person': 'Councillor Jones',
      'Employee or councillor': 'Councillor',
      'Links to the posts': 'None given',
    })
    expect(Object.keys(lists[0])).not.toContain('Line manager')
    expect(lists[1]).toEqual({ 'How it is being dealt with': 'Not decided yet', Investigator: 'Not appointed' })
    expect(root.querySelector('.investigation-summary .tag')?.classList.contains('tag--blue')).toBe(true)

    // Someone who is not in HR or the Monitoring Officer's office came from their task.
    expect(getByRole(root, 'link', { name: 'Back to your tasks' }).getAttribute('href')).toBe('/tasks')
    expect(hasText(section(root, 'Notes and interviews'), 'Nothing has been recorded yet.')).toBe(true)
    expect(queryAllByRole(root, 'button', { name: 'Add note' })).toHaveLength(0)
    expect(queryAllByRole(root, 'heading', { name: 'Legal holds' })).toHaveLength(0)
    expect(queryAllByRole(root, 'heading', { name: 'Exclude someone from this case' })).toHaveLength(0)
  })

  it('marks an investigation that is overdue', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, { ...CLOSED, status: 'UNDER_INVESTIGATION', statusLabel: 'Under investigation', outcome: null, outcomeLabel: null, closedAt: null }))

    await loaded(root)
    expect(summaryLists(root)[1]['Investigation due']).toBe('15 January 2026 Overdue')
    expect(root.querySelector('.investigation-summary .tag--red')?.textContent).toBe('Overdue')
  })

  it('records an interview, and shows it with the others', async () => {
    const created = {
      id: 'note-2',
      kind: 'REMEDIAL_ACTION',
      kindLabel: 'Remedial action',
      text: 'Asked Alex Morgan to remove the post',
      writtenBy: 'hana.ross',
      writtenByName: 'Hana Ross',
      writtenAt: '2026-11-27T14:05:00Z',
    }
    const { root, calls } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, { 'POST /api/investigations/inv-1/notes': { status: 201, body: created } }))

    await loaded(root)
    const notes = section(root, 'Notes and interviews')
    const kinds = getByRole(notes, 'group', { name: 'What are you recording?' })
    expect(queryAllByRole(kinds, 'radio').map(accessibleName)).toEqual([
      'Note',
      'Interview',
      'Remedial action',
      'Letter to the person',
    ])
    expect(hasText(kinds, 'For example, asking for a post to be removed')).toBe(true)
    tick(getByLabelText(notes, 'Remedial action'))
    type(getByLabelText(notes, 'What to record'), '  Asked Alex Morgan to remove the post ')
    getByRole(notes, 'button', { name: 'Add note' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'Remedial action added')).toBe(true)
    await waitFor(() => expect(document.activeElement).toBe(banner))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/investigations/inv-1/notes')
    expect(post?.body).toEqual({ kind: 'REMEDIAL_ACTION', text: 'Asked Alex Morgan to remove the post' })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')
    expect([...notes.querySelectorAll('.notes__title')].map(text)).toEqual(['Interview', 'Remedial action'])
    expect(/** @type {HTMLTextAreaElement} */ (getByLabelText(notes, 'What to record')).value).toBe('')
  })

  it('asks what is being recorded, and shows the server’s problems by the fields', async () => {
    const { root, calls } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, {
      'POST /api/investigations/inv-1/notes': badRequest('text', 'A note must be 10,000 characters or fewer'),
    }))

    await loaded(root)
    const notes = section(root, 'Notes and interviews')
    getByRole(notes, 'button', { name: 'Add note' }).click()
    let summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select what you are recording', '#kind'],
      ['Enter what you are recording', '#text'],
    ])
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    tick(getByLabelText(notes, 'Note'))
    type(getByLabelText(notes, 'What to record'), 'x'.repeat(10001))
    getByRole(notes, 'button', { name: 'Add note' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'A note must be 10,000 characters or fewer')).toBe(true))
    summary = getByRole(root, 'alert')
    expect(getByRole(summary, 'link', { name: 'A note must be 10,000 characters or fewer' }).getAttribute('href')).toBe('#text')
    expect(getByLabelText(notes, 'What to record').getAttribute('aria-invalid')).toBe('true')
  })

  it('places a legal hold on the records', async () => {
    const placed = { ...HOLD, id: 'hold-2', reason: 'Police investigation', placedAt: '2026-12-02T10:00:00Z' }
    let held = false
    const { root, calls } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, {
      // The server has the hold, and the records are now kept for it.
      'GET /api/investigations/inv-1': () => ({
        body: held
          ? { ...CLOSED, holds: [...CLOSED.holds, placed], retention: { ...CLOSED.retention, status: 'ON_HOLD', statusLabel: 'On legal hold' } }
          : CLOSED,
      }),
      'POST /api/retention/holds': () => {
        held = true
        return { status: 201, body: placed }
      },
    }))

    await loaded(root)
    const holds = section(root, 'Legal holds')
    getByRole(holds, 'button', { name: 'Place the hold' }).click()
    await errorSummaryLink(root, 'Enter why the records must be kept', '#holdReason')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    type(getByLabelText(holds, 'Why must the records be kept?'), ' Police investigation ')
    getByRole(holds, 'button', { name: 'Place the hold' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Legal hold placed')).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/retention/holds')
    expect(post?.body).toEqual({ caseType: 'breach-investigation', caseId: 'inv-1', reason: 'Police investigation' })
    expect(holds.querySelectorAll('.holds__item')).toHaveLength(3)
    expect(getByRole(holds, 'heading', { level: 3, name: 'Legal hold 3' })).toBeTruthy()
    await waitFor(() => expect(summaryLists(root)[3].Status).toBe('On legal hold'))
    expect(root.querySelector('.investigation-summary .tag--orange')?.textContent).toBe('On legal hold')
  })

  it('releases a legal hold, asking why first', async () => {
    const released = { ...HOLD, releasedAt: '2026-12-03T09:00:00Z', releasedByName: 'Hana Ross', releaseReason: 'The claim was withdrawn' }
    let done = false
    const { root, calls } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, {
      'GET /api/investigations/inv-1': () => ({ body: done ? { ...CLOSED, holds: [RELEASED_HOLD, released] } : CLOSED }),
      'POST /api/retention/holds/hold-1/release': () => {
        done = true
        return { body: released }
      },
    }))

    await loaded(root)
    const holds = section(root, 'Legal holds')
    getByRole(holds, 'button', { name: 'Release legal hold 2' }).click()
    const reason = await errorLinksToField(root, holds, {
      message: 'Enter why legal hold 2 can be released',
      label: 'Why can legal hold 2 be released?',
      id: 'releaseReason-hold-1',
    })
    // The hold's own reason box says what is wrong; the place-a-hold box does not.
    expect(getByLabelText(holds, 'Why must the records be kept?').getAttribute('aria-invalid')).toBeNull()

    type(reason, 'The claim was withdrawn')
    getByRole(holds, 'button', { name: 'Release legal hold 2' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Legal hold 2 released')).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/retention/holds/hold-1/release')
    expect(post?.body).toEqual({ reason: 'The claim was withdrawn' })
    const item = /** @type {HTMLElement} */ (holds.querySelectorAll('.holds__item')[1])
    expect(item.querySelector('.tag--grey')?.textContent).toBe('Released')
    expect([...item.children].map(text).slice(-2)).toEqual([
      'Released by Hana Ross on 3 December 2026 at 09:00',
      'The claim was withdrawn',
    ])
    expect(queryAllByRole(holds, 'button', { name: /^Release/ })).toHaveLength(0)
  })

  it("shows the server's problem with a release by that hold's reason", async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, {
      'POST /api/retention/holds/hold-1/release': badRequest('release.reason', 'Reason must be 2,000 characters or fewer'),
    }))

    await loaded(root)
    const holds = section(root, 'Legal holds')
    type(getByLabelText(holds, 'Why can legal hold 2 be released?'), 'x'.repeat(2001))
    getByRole(holds, 'button', { name: 'Release legal hold 2' }).click()
    await errorSummaryLink(root, 'Reason must be 2,000 characters or fewer', '#releaseReason-hold-1')
    await waitFor(() =>
      expect(getByLabelText(holds, 'Why can legal hold 2 be released?').getAttribute('aria-invalid')).toBe('true'),
    )
  })

  it('excludes someone from the case', async () => {
    const { root, calls } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, { 'POST /api/investigations/inv-1/exclusions': { status: 204 } }))

    await loaded(root)
    const exclude = section(root, 'Exclude someone from this case')
    getByRole(exclude, 'button', { name: 'Exclude them' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Enter the username of the person to exclude', '#exclusionUsername'],
      ['Enter why you are excluding them', '#exclusionReason'],
    ])

    type(getByLabelText(exclude, 'Username of the person to exclude'), ' sam.patel ')
    type(getByLabelText(exclude, 'Why are you excluding them?'), 'Is a friend of Alex Morgan')
    getByRole(exclude, 'button', { name: 'Exclude them' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'sam.patel can no longer see this case')).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/investigations/inv-1/exclusions')
    expect(post?.body).toEqual({ username: 'sam.patel', reason: 'Is a friend of Alex Morgan' })
  })

  it("shows the server's problem with an exclusion by its field", async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(HR_OFFICER, CLOSED, {
      'POST /api/investigations/inv-1/exclusions': badRequest('username', 'There is no one with that username'),
    }))

    await loaded(root)
    const exclude = section(root, 'Exclude someone from this case')
    type(getByLabelText(exclude, 'Username of the person to exclude'), 'nobody')
    type(getByLabelText(exclude, 'Why are you excluding them?'), 'Conflict of interest')
    getByRole(exclude, 'button', { name: 'Exclude them' }).click()
    await errorSummaryLink(root, 'There is no one with that username', '#exclusionUsername')
  })

  it("shows the server's refusal of an exclusion in the error summary", async () => {
    const { root, calls } = await renderApp('/investigations/inv-1', routes(MONITORING_OFFICER, REPORTED, {
      'POST /api/investigations/inv-1/exclusions': problem(
        403,
        'Forbidden',
        undefined,
        'Only HR or the Monitoring Officer may exclude someone from this case',
      ),
    }))

    await loaded(root)
    const exclude = section(root, 'Exclude someone from this case')
    type(getByLabelText(exclude, 'Username of the person to exclude'), 'sam.patel')
    type(getByLabelText(exclude, 'Why are you excluding them?'), 'Conflict of interest')
    getByRole(exclude, 'button', { name: 'Exclude them' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect([...summary.querySelectorAll('li')].map(text)).toEqual([
      'Only HR or the Monitoring Officer may exclude someone from this case',
    ])
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/investigations/inv-1/exclusions'])
    // What was typed is kept.
    expect(/** @type {HTMLInputElement} */ (getByLabelText(exclude, 'Username of the person to exclude')).value).toBe('sam.patel')
  })

  it('offers the exclusion form only to HR and the Monitoring Officer', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(INFORMATION_MANAGER, REPORTED))

    await loaded(root)
    expect(queryAllByRole(root, 'heading', { name: 'Exclude someone from this case' })).toHaveLength(0)
    expect(queryAllByRole(root, 'button', { name: 'Exclude them' })).toHaveLength(0)
  })

  it('says when the investigation cannot be found', async () => {
    const { root } = await renderApp('/investigations/inv-1', { 'GET /api/me': { body: STAFF } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Breach investigation not found' }))
    expect(document.title).toBe('Breach investigation not found – SocialGov')
    expect(queryAllByRole(root, 'link', { name: 'list of investigations' })).toHaveLength(0)
  })
})
