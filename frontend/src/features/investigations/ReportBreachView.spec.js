import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import { STAFF, fakeFetch, problem } from '../../test/fakeFetch.js'
import { accessibleName, getByLabelText, getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const OPTIONS = {
  subjectKinds: [
    { value: 'EMPLOYEE', label: 'An employee' },
    { value: 'MEMBER', label: 'A councillor' },
  ],
  clauses: [
    { code: 'B1.4-abuse', subjectKind: 'EMPLOYEE', reference: 'B 1.4', label: 'Abusive or threatening behaviour' },
    { code: 'B1.7-confidential', subjectKind: 'EMPLOYEE', reference: 'B 1.7', label: 'Sharing confidential information' },
    { code: 'C2.3-respect', subjectKind: 'MEMBER', reference: 'C 2.3', label: 'Treating others with respect' },
  ],
  people: [
    { username: 'alex.morgan', displayName: 'Alex Morgan', member: false },
    { username: 'priya.shah', displayName: 'Priya Shah', member: false },
    { username: 'cllr.jones', displayName: 'Councillor Jones', member: true },
    { username: 'kate.morgan', displayName: null, member: false },
  ],
}

const EARLIER = {
  id: 'b-1',
  reference: 'BR-2026-0001',
  subjectKind: 'EMPLOYEE',
  status: 'UNDER_INVESTIGATION',
  statusLabel: 'Under investigation',
  reportedAt: '2026-11-20T09:00:00Z',
}

const CREATED = {
  id: 'b-2',
  reference: 'BR-2026-0002',
  subjectKind: 'EMPLOYEE',
  status: 'REPORTED',
  statusLabel: 'Reported',
  reportedAt: '2026-11-27T14:05:00Z',
}

/** @param {Record<string, any>} [extra] */
function routes(extra = {}) {
  return {
    'GET /api/me': { body: STAFF },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/breach-reports/options': { body: OPTIONS },
    'GET /api/breach-reports': { body: { items: [EARLIER] } },
    ...extra,
  }
}

/** @param {HTMLElement} root */
const form = (root) => waitFor(() => getByRole(root, 'button', { name: 'Send report' }))

/** @param {HTMLSelectElement} select */
const choices = (select) => [...select.options].map((o) => [o.value, o.textContent])

/** @param {HTMLElement} root */
const reportRows = (root) => {
  const section = /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Your reports' }).closest('section'))
  return queryAllByRole(section, 'row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map(text))
}

/** @param {HTMLElement} root */
async function fillInEmployee(root) {
  await form(root)
  tick(getByLabelText(root, 'An employee'))
  await waitFor(() => getByLabelText(root, 'Which employee is it about?'))
  type(getByLabelText(root, 'Which employee is it about?'), 'alex.morgan')
  tick(getByLabelText(root, 'B 1.4: Abusive or threatening behaviour'))
  tick(getByLabelText(root, 'B 1.7: Sharing confidential information'))
  type(getByLabelText(root, 'What happened?'), '  Posted threats to a resident on X  ')
  type(
    getByLabelText(root, 'Links to the posts (optional)'),
    '  https://x.com/example/status/1  \n\n https://x.com/example/status/2\n   \n',
  )
}

describe('ReportBreachView', () => {
  it('asks whom the report is about, then offers only the people and parts of the policy for them', async () => {
    const { root } = await renderApp('/report-breach', routes())

    await form(root)
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe(
      'Report a suspected breach of the social media policy',
    )
    expect(document.title).toBe('Report a suspected breach of the social media policy – SocialGov')
    const who = getByRole(root, 'group', { name: 'Who is the report about?' })
    expect(queryAllByRole(who, 'radio').map(accessibleName)).toEqual(['An employee', 'A councillor'])
    // Nothing about the person until it is known who they are.
    expect(queryAllByRole(root, 'combobox')).toHaveLength(0)
    expect(queryAllByRole(root, 'checkbox')).toHaveLength(0)
    expect(getByLabelText(root, 'What happened?').tagName).toBe('TEXTAREA')
    expect(text(/** @type {Element} */ (document.getElementById('postLinks-hint')))).toBe(
      'Put each link on its own line. If a post has been deleted, say so in what happened.',
    )

    tick(getByLabelText(root, 'An employee'))
    const person = /** @type {HTMLSelectElement} */ (await waitFor(() => getByLabelText(root, 'Which employee is it about?')))
    // Employees only, and never the person reporting.
    expect(choices(person)).toEqual([
      ['', 'Choose a person'],
      ['alex.morgan', 'Alex Morgan'],
      ['kate.morgan', 'kate.morgan'],
    ])
    // The reporter does not choose a line manager: the organisation directory says who is told.
    expect(queryAllByRole(root, 'combobox')).toHaveLength(1)
    expect(text(/** @type {Element} */ (document.getElementById('subject-hint')))).toBe(
      'Their line manager in the organisation directory will be told there is a report, not what it says',
    )
    const clauses = getByRole(root, 'group', { name: 'Which parts of the policy do you think have been broken?' })
    expect(queryAllByRole(clauses, 'checkbox').map((box) => [accessibleName(box), /** @type {HTMLInputElement} */ (box).value])).toEqual([
      ['B 1.4: Abusive or threatening behaviour', 'B1.4-abuse'],
      ['B 1.7: Sharing confidential information', 'B1.7-confidential'],
    ])
    type(person, 'alex.morgan')
    tick(getByLabelText(root, 'B 1.4: Abusive or threatening behaviour'))

    tick(getByLabelText(root, 'A councillor'))
    const councillor = /** @type {HTMLSelectElement} */ (await waitFor(() => getByLabelText(root, 'Which councillor is it about?')))
    expect(choices(councillor)).toEqual([
      ['', 'Choose a person'],
      ['cllr.jones', 'Councillor Jones'],
    ])
    expect(councillor.value).toBe('')
    // Councillors have no line manager, and their own code of conduct.
    expect(queryAllByRole(root, 'combobox')).toHaveLength(1)
    expect(document.getElementById('subject-hint')).toBeNull()
    const memberClauses = getByRole(root, 'group', { name: 'Which parts of the policy do you think have been broken?' })
    expect(queryAllByRole(memberClauses, 'checkbox').map(accessibleName)).toEqual(['C 2.3: Treating others with respect'])
    expect(queryAllByRole(memberClauses, 'checkbox').some((box) => /** @type {HTMLInputElement} */ (box).checked)).toBe(false)
  })

  it('lists the reports the person has made, with where each stands and nothing more', async () => {
    const { root } = await renderApp('/report-breach', routes())

    await waitFor(() => expect(reportRows(root)).toHaveLength(1))
    const section = /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Your reports' }).closest('section'))
    expect([...section.querySelectorAll('th')].map(text)).toEqual(['Reference', 'Date reported', 'Status'])
    expect(reportRows(root)).toEqual([['BR-2026-0001', '20 November 2026', 'Under investigation']])
    expect(section.querySelector('.tag')?.classList.contains('tag--yellow')).toBe(true)
    expect(queryAllByRole(section, 'link')).toHaveLength(0)
  })

  it('says when the person has not reported anything, or their reports cannot be shown', async () => {
    fakeFetch(routes({ 'GET /api/breach-reports': { body: { items: [] } } }))
    const first = await renderApp('/report-breach')
    await waitFor(() => expect(hasText(first.root, 'You have not reported anything.')).toBe(true))
    first.wrapper.unmount()

    const { root } = await renderApp('/report-breach', routes({ 'GET /api/breach-reports': problem(500, 'Internal Server Error') }))
    await waitFor(() => expect(hasText(root, 'Sorry, your reports could not be shown. Try again later.')).toBe(true))
    // The form still works.
    await form(root)
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
  })

  it('says first whom the report is about, then what else is missing, before sending anything', async () => {
    const { root, calls } = await renderApp('/report-breach', routes())

    await form(root)
    getByRole(root, 'button', { name: 'Send report' }).click()
    let summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select who the report is about', '#subjectKind'],
    ])
    await waitFor(() => expect(document.activeElement).toBe(summary))
    expect(document.title).toBe('Error: Report a suspected breach of the social media policy – SocialGov')

    tick(getByLabelText(root, 'An employee'))
    await waitFor(() => getByLabelText(root, 'Which employee is it about?'))
    getByRole(root, 'button', { name: 'Send report' }).click()
    await waitFor(() => expect(queryAllByRole(getByRole(root, 'alert'), 'link')).toHaveLength(3))
    summary = getByRole(root, 'alert')
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select the employee', '#subject'],
      ['Select at least one part of the policy', '#clauses'],
      ['Enter what happened', '#description'],
    ])
    expect(getByLabelText(root, 'Which employee is it about?').getAttribute('aria-invalid')).toBe('true')
    expect(text(/** @type {Element} */ (document.getElementById('clauses-error')))).toBe(
      'Error: Select at least one part of the policy',
    )

    tick(getByLabelText(root, 'A councillor'))
    await waitFor(() => getByLabelText(root, 'Which councillor is it about?'))
    getByRole(root, 'button', { name: 'Send report' }).click()
    await waitFor(() => expect(queryAllByRole(getByRole(root, 'alert'), 'link')).toHaveLength(3))
    expect(queryAllByRole(getByRole(root, 'alert'), 'link').map(text)).toEqual([
      'Select the councillor',
      'Select at least one part of the policy',
      'Enter what happened',
    ])
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('sends a report about an employee, says who will look at it and lists it with the others', async () => {
    let sent = false
    const { root, calls } = await renderApp('/report-breach', routes({
      'GET /api/breach-reports': () => ({ body: { items: sent ? [CREATED, EARLIER] : [EARLIER] } }),
      'POST /api/breach-reports': () => {
        sent = true
        return { status: 201, body: CREATED }
      },
    }))

    await fillInEmployee(root)
    getByRole(root, 'button', { name: 'Send report' }).click()

    const panel = await waitFor(() => getByRole(root, 'alert'))
    expect(text(panel)).toBe('Report sent Your reference is BR-2026-0002')
    expect(panel.querySelector('strong')?.textContent).toBe('BR-2026-0002')
    await waitFor(() => expect(document.activeElement).toBe(panel))
    expect(
      hasText(
        root,
        'HR will look at it. You can see where your report stands below, but not the details of any investigation.',
      ),
    ).toBe(true)

    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/breach-reports')
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(post?.body).toEqual({
      subjectKind: 'EMPLOYEE',
      subject: 'alex.morgan',
      clauses: ['B1.4-abuse', 'B1.7-confidential'],
      description: 'Posted threats to a resident on X',
      postLinks: ['https://x.com/example/status/1', 'https://x.com/example/status/2'],
    })

    // The form is empty again, for another report.
    expect(getByRole(root, 'heading', { level: 2, name: 'Report something else' })).toBeTruthy()
    expect(queryAllByRole(root, 'radio').some((r) => /** @type {HTMLInputElement} */ (r).checked)).toBe(false)
    expect(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'What happened?')).value).toBe('')
    await waitFor(() =>
      expect(reportRows(root)).toEqual([
        ['BR-2026-0002', '27 November 2026', 'Reported'],
        ['BR-2026-0001', '20 November 2026', 'Under investigation'],
      ]),
    )
  })

  it('sends a report about a councillor to the Monitoring Officer, without a line manager', async () => {
    const { root, calls } = await renderApp('/report-breach', routes({ 'POST /api/breach-reports': { status: 201, body: { ...CREATED, subjectKind: 'MEMBER' } } }))

    await form(root)
    tick(getByLabelText(root, 'A councillor'))
    type(await waitFor(() => getByLabelText(root, 'Which councillor is it about?')), 'cllr.jones')
    tick(getByLabelText(root, 'C 2.3: Treating others with respect'))
    type(getByLabelText(root, 'What happened?'), 'Insulted an officer on Facebook')
    getByRole(root, 'button', { name: 'Send report' }).click()

    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Report sent')).toBe(true))
    expect(hasText(root, 'The Monitoring Officer will look at it.')).toBe(true)
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      subjectKind: 'MEMBER',
      subject: 'cllr.jones',
      clauses: ['C2.3-respect'],
      description: 'Insulted an officer on Facebook',
      postLinks: [],
    })
  })

  it("shows the server's problems by the fields, saying which link is wrong", async () => {
    const { root } = await renderApp('/report-breach', routes({
      'POST /api/breach-reports': problem(400, 'Bad Request', [
        { field: 'subject', message: 'Select someone who works for the council' },
        { field: 'postLinks[1]', message: 'Enter a web address starting with https://' },
      ]),
    }))

    await fillInEmployee(root)
    getByRole(root, 'button', { name: 'Send report' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select someone who works for the council', '#subject'],
      ['Link 2: Enter a web address starting with https://', '#postLinks'],
    ])
    await waitFor(() =>
      expect(text(/** @type {Element} */ (document.getElementById('postLinks-error')))).toBe(
        'Error: Link 2: Enter a web address starting with https://',
      ),
    )
    // What was typed is kept.
    expect(/** @type {HTMLSelectElement} */ (getByLabelText(root, 'Which employee is it about?')).value).toBe('alex.morgan')
    expect(hasText(root, 'Report sent')).toBe(false)
  })

  it('says when the form cannot be shown', async () => {
    const { root, calls } = await renderApp('/report-breach', routes({ 'GET /api/breach-reports/options': problem(503, 'Service Unavailable') }))

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Service Unavailable')).toBe(true)
    expect(queryAllByRole(root, 'button', { name: 'Send report' })).toHaveLength(0)
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })
})
