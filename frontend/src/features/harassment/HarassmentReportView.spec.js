import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { caseOverview, COUNCILLOR, MONITORING_OFFICER, problem } from '../../test/fakeFetch.js'
import {
  getByLabelText,
  getByRole,
  hasText,
  queryAllByRole,
  section,
  summaryRows,
  text,
  waitFor,
} from '../../test/queries.js'
import { harassmentReport } from '../../test/records.js'
import { errorSummaryLink } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const HOLD = {
  id: 'hold-1',
  reason: 'Civil claim against the sender',
  placedBy: 'morgan.ellis',
  placedByName: 'Morgan Ellis',
  placedAt: '2026-12-01T10:00:00Z',
  releasedAt: null,
  releasedByName: null,
  releaseReason: null,
}

/** Closed, with every part filled in, reported by the Monitoring Officer for the councillor. */
const CLOSED = harassmentReport({
  reportedBy: 'morgan.ellis',
  reportedByName: 'Morgan Ellis',
  description: 'Said they know where I live.\nPosted a photo of my house.',
  postLinks: ['https://x.com/troll123/status/1', 'javascript:alert(1)'],
  immediateDanger: true,
  informGroupLeader: true,
  policeTold: true,
  crimeReference: 'CR/1234/26',
  status: 'CLOSED',
  statusLabel: 'Closed',
  riskLevel: 'HIGH',
  riskLabel: 'High',
  triageNotes: 'Threat to the home address: police and platform first.',
  actions: [
    {
      id: 'a-1',
      kind: 'POLICE',
      kindLabel: 'Police told',
      detail: 'Reported to the police with the screenshots.',
      doneBy: 'morgan.ellis',
      doneByName: 'Morgan Ellis',
      doneAt: '2026-11-20T10:00:00Z',
    },
    {
      id: 'a-2',
      kind: 'PLATFORM',
      kindLabel: null,
      detail: 'Both accounts reported to X and blocked.',
      doneBy: 'sam.patel',
      doneByName: null,
      doneAt: '2026-11-20T11:30:00Z',
    },
  ],
  followUp: 'Spoke to the councillor a week later: no more messages.',
  outcome: 'The accounts were suspended.',
  closedAt: '2026-12-04T15:00:00Z',
  retention: { disposeOn: '2032-12-04', retentionRule: 'Six years after the report is closed', status: 'ON_HOLD', statusLabel: 'On legal hold' },
  holds: [HOLD],
  mayPlaceHold: true,
})

/** Just reported by the councillor: nobody has done anything yet. */
const REPORTED = harassmentReport({ description: CLOSED.description, holds: [], mayPlaceHold: false })

const BASE = '/api/cases/member-harassment-report/h-1'

/** @param {any} report */
const overview = (report) =>
  caseOverview('member-harassment-report', 'h-1', {
    reference: report.reference,
    title: `Harassment reported by ${report.memberName}`,
    status: report.status,
    statusLabel: report.statusLabel,
    openedAt: report.reportedAt,
  })

/** @param {any} user @param {any} report @param {Record<string, any>} [extra] */
function routes(user, report, extra = {}) {
  return {
    'GET /api/me': { body: user },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/harassment-reports/h-1': { body: report },
    [`GET ${BASE}`]: { body: overview(report) },
    [`GET ${BASE}/evidence`]: { body: { items: [], mayAdd: true, platforms: [{ value: 'X_TWITTER', label: 'X (Twitter)' }] } },
    [`GET ${BASE}/evidence/custody`]: { body: { entries: [] } },
    ...extra,
  }
}

/** Each summary list as key -> value, in order. @param {Element} root */
const summaryLists = (root) => [...root.querySelectorAll('.harassment-summary .summary-list')].map(summaryRows)

/** @param {HTMLElement} root */
const loaded = (root) => waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Actions taken' }))

describe('HarassmentReportView and HarassmentSummary', () => {
  it('shows what was reported, the assessment, the actions taken, the outcome and how long the records are kept', async () => {
    const { root } = await renderApp('/harassment/h-1', routes(MONITORING_OFFICER, CLOSED))

    await loaded(root)
    expect(getByRole(root, 'heading', { level: 1 }).textContent?.trim()).toBe('Harassment reported by Councillor Jones')
    expect(document.title).toBe('Harassment report HR-2026-0001 – SocialGov')
    expect(hasText(root, 'Harassment report HR-2026-0001')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Back to harassment reports' }).getAttribute('href')).toBe('/harassment')

    const [report, assessment, outcome, retention] = summaryLists(root)
    expect(report).toEqual({
      Reference: 'HR-2026-0001',
      Status: 'Closed',
      Councillor: 'Councillor Jones',
      'Reported by': 'Morgan Ellis',
      Reported: '20 November 2026 at 09:00',
      'In immediate danger': 'Yes',
      'Where it happened': 'X (Twitter)',
      'Accounts or people': '@troll123 @another_account',
      'What happened': 'Said they know where I live. Posted a photo of my house.',
      'Links to the posts': 'https://x.com/troll123/status/1javascript:alert(1)',
      'Tell their political group leader': 'Yes',
      'Police already told': 'Yes',
      'Crime reference number': 'CR/1234/26',
    })
    expect(assessment).toEqual({ Risk: 'High', 'Triage notes': 'Threat to the home address: police and platform first.' })
    expect(outcome).toEqual({
      'Follow-up': 'Spoke to the councillor a week later: no more messages.',
      Outcome: 'The accounts were suspended.',
      Closed: '4 December 2026 at 15:00',
    })
    expect(retention).toEqual({
      Status: 'On legal hold',
      Rule: 'Six years after the report is closed',
      'Records to be destroyed on': '4 December 2032',
    })

    const summary = /** @type {HTMLElement} */ (root.querySelector('.harassment-summary'))
    // Each account on its own line, as typed.
    expect(summary.querySelector('.summary-list .pre-line')?.textContent).toBe('@troll123\n@another_account')
    // Only a web address is a link, and it does not tell the site where it came from.
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['https://x.com/troll123/status/1', 'https://x.com/troll123/status/1', 'noopener noreferrer'],
    ])
    expect(summary.querySelector('.summary-list__row:nth-child(6) .tag--red')?.textContent).toBe('Yes')
    expect([...summary.querySelectorAll('.tag--red')].map(text)).toEqual(['Yes', 'High'])

    const actions = [...summary.querySelectorAll('.comments__item')]
    expect(actions.map((item) => [...item.children].map(text))).toEqual([
      ['Police told', 'Morgan Ellis, 20 November 2026 at 10:00', 'Reported to the police with the screenshots.'],
      ['Reported or blocked on the platform', 'sam.patel, 20 November 2026 at 11:30', 'Both accounts reported to X and blocked.'],
    ])
    expect(queryAllByRole(summary, 'heading', { level: 3 }).map(text)).toEqual(['Police told', 'Reported or blocked on the platform'])

    expect(queryAllByRole(root, 'heading', { level: 2 }).map(text)).toEqual([
      'Assessment',
      'Actions taken',
      'Follow-up and outcome',
      'Retention',
      'Evidence',
      'Legal holds',
      'Tasks',
      'Documents',
      'Timeline',
    ])

    // Screenshots can be added to the report, and a post need not have a web address.
    const evidence = section(root, 'Evidence')
    await waitFor(() => getByRole(evidence, 'heading', { level: 3, name: 'Add a post' }))
    expect(getByLabelText(evidence, 'Web address of the post (optional)')).toBeTruthy()

    const holds = section(root, 'Legal holds')
    expect(getByRole(holds, 'heading', { level: 3, name: 'Legal hold 1' })).toBeTruthy()
    expect(getByRole(holds, 'button', { name: 'Release legal hold 1' })).toBeTruthy()
  })

  it("shows a councillor's new report with only what has happened so far, and no legal holds", async () => {
    const { root, calls } = await renderApp('/harassment/h-1', routes(COUNCILLOR, REPORTED))

    await loaded(root)
    const lists = summaryLists(root)
    expect(lists).toHaveLength(2)
    expect(lists[0]).toMatchObject({
      Status: 'Reported',
      'In immediate danger': 'No',
      'Links to the posts': 'None given',
      'Tell their political group leader': 'No',
      'Police already told': 'No',
    })
    // Reported by the councillor themselves.
    expect(Object.keys(lists[0])).not.toContain('Reported by')
    expect(Object.keys(lists[0])).not.toContain('Crime reference number')
    expect(lists[1]).toEqual({ Risk: 'Not assessed yet' })
    expect(root.querySelector('.harassment-summary .tag')?.classList.contains('tag--blue')).toBe(true)
    expect(hasText(root, 'No actions have been recorded yet.')).toBe(true)
    expect(queryAllByRole(root, 'heading', { name: 'Follow-up and outcome' })).toHaveLength(0)
    expect(queryAllByRole(root, 'heading', { name: 'Retention' })).toHaveLength(0)
    expect(queryAllByRole(root, 'heading', { name: 'Legal holds' })).toHaveLength(0)
    expect(calls.some((c) => c.path === `${BASE}/evidence`)).toBe(true)
  })

  it('places a legal hold on the records of the report', async () => {
    const placed = { ...HOLD, id: 'hold-2', reason: 'Police investigation', placedAt: '2026-12-02T10:00:00Z' }
    const report = { ...CLOSED, holds: [], retention: { ...CLOSED.retention, status: 'RETAINED', statusLabel: 'Retained' } }
    let held = false
    const { root, calls } = await renderApp('/harassment/h-1', routes(MONITORING_OFFICER, report, {
      'GET /api/harassment-reports/h-1': () => ({
        body: held ? { ...report, holds: [placed], retention: CLOSED.retention } : report,
      }),
      'POST /api/retention/holds': () => {
        held = true
        return { status: 201, body: placed }
      },
    }))

    await loaded(root)
    const holds = section(root, 'Legal holds')
    expect(hasText(holds, 'There are no legal holds on this case.')).toBe(true)
    getByRole(holds, 'button', { name: 'Place the hold' }).click()
    await errorSummaryLink(root, 'Enter why the records must be kept', '#holdReason')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    type(getByLabelText(holds, 'Why must the records be kept?'), ' Police investigation ')
    getByRole(holds, 'button', { name: 'Place the hold' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Legal hold placed')).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      caseType: 'member-harassment-report',
      caseId: 'h-1',
      reason: 'Police investigation',
    })
    expect(getByRole(holds, 'heading', { level: 3, name: 'Legal hold 1' })).toBeTruthy()
    await waitFor(() => expect(summaryLists(root)[3].Status).toBe('On legal hold'))
  })

  it('says when the report cannot be found', async () => {
    const { root } = await renderApp('/harassment/h-1', { 'GET /api/me': { body: COUNCILLOR } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Harassment report not found' }))
    expect(document.title).toBe('Harassment report not found – SocialGov')
    expect(getByRole(root, 'link', { name: 'list of harassment reports' }).getAttribute('href')).toBe('/harassment')
  })

  it('says when the details of the report cannot be shown', async () => {
    const { root } = await renderApp('/harassment/h-1', routes(COUNCILLOR, REPORTED, { 'GET /api/harassment-reports/h-1': problem(500, 'Internal Server Error') }))

    await waitFor(() =>
      expect(hasText(root, 'Sorry, the details of the report could not be shown. Try again later.')).toBe(true),
    )
    expect(queryAllByRole(root, 'heading', { name: 'Evidence' })).toHaveLength(0)
  })
})
