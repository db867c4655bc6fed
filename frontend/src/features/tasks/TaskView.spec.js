import { describe, expect, it } from 'vitest'
import { chooseFiles, tick, type } from '../../test/actions.js'
import { badRequest, ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { accessGrant, accountRequest, harassmentReport, investigation } from '../../test/records.js'
import { errorSummaryLink } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const TASK = {
  id: 'task-1',
  name: 'Review account request',
  taskDefinitionKey: 'UserTask_ReviewRequest',
  processDefinitionKey: 'Process_AccountRequest',
  caseId: 'req-1',
  caseKind: 'account-request',
  caseReference: 'AR-2026-0001',
  caseTitle: 'Anytown Libraries',
  created: '2026-11-27T14:05:00Z',
  due: null,
  assignee: 'jsmith',
  candidateGroups: ['reviewers'],
}

const REQUEST = accountRequest({
  platform: 'X_TWITTER',
  businessCase: { objectives: 'Tell people about events', audience: 'Library users' },
  proposedUsers: ['asmith'],
  submittedBy: 'asmith',
})

function routes(extra = {}) {
  return {
    'GET /api/me': { body: ME },
    'GET /api/tasks/task-1': { body: TASK },
    'GET /api/account-requests/req-1': { body: REQUEST },
    ...extra,
  }
}

describe('TaskView', () => {
  it('shows the task and the request it is about', async () => {
    const { root } = await renderApp('/tasks/task-1', routes())

    const h1 = await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Review account request' }))
    expect(h1).toBeTruthy()
    expect(hasText(root, 'X (Twitter)')).toBe(true)
    expect(hasText(root, 'Tell people about events')).toBe(true)
    expect(hasText(root, '20 November 2026 at 09:00')).toBe(true)
    expect(getByRole(root, 'group', { name: 'Do you approve this request?' })).toBeTruthy()
    expect(document.title).toBe('Review account request – SocialGov')
  })

  it('looks up no account request for a task about another kind of case', async () => {
    const review = { ...TASK, name: 'Review the inactive account', caseKind: 'account', caseId: 'acc-4' }
    const { root, calls } = await renderApp('/tasks/task-1', routes({ 'GET /api/tasks/task-1': { body: review } }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Review the inactive account' }))
    expect(calls.some((c) => c.path.startsWith('/api/account-requests/'))).toBe(false)
  })

  it('links a certification task to the certification page, before completing the task', async () => {
    const certify = {
      ...TASK,
      name: 'Certify who may post from your accounts',
      taskDefinitionKey: 'UserTask_Certify',
      caseId: 'c-2',
      caseKind: 'access-certification',
      caseReference: 'CE-2026-0002',
    }
    const { root, calls } = await renderApp('/tasks/task-1', routes({ 'GET /api/tasks/task-1': { body: certify }, 'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error') }))

    const link = await waitFor(() => getByRole(root, 'link', { name: 'Record your decisions on the certification page' }))
    expect(link.getAttribute('href')).toBe('/certifications/c-2')
    const complete = getByRole(root, 'heading', { level: 2, name: 'Complete the task' })
    expect(link.compareDocumentPosition(complete) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(calls.some((c) => c.path.startsWith('/api/certifications'))).toBe(false)
  })

  describe('a task about access to corporate accounts', () => {
    const ENDORSE = {
      ...TASK,
      name: 'Endorse the request for access',
      taskDefinitionKey: 'UserTask_EndorseAccess',
      processDefinitionKey: 'Process_AccessGrant',
      caseId: 'g-1',
      caseKind: 'access-grant',
      caseReference: 'AG-2026-0001',
      caseTitle: 'Priya Shah: Anytown Council',
    }
    const GRANT = accessGrant({
      accounts: [{ id: 'acc-1', name: 'Anytown Council', platformLabel: 'Facebook', handle: '@AnytownCouncil' }],
      status: 'APPROVED',
      statusLabel: 'Waiting for the statement to be signed',
      agreedEndDate: '2027-01-31',
      lineManager: 'jsmith',
      lineManagerName: 'Jo Smith',
    })

    /** @param {Record<string, any>} [extra] */
    const grantRoutes = (extra = {}) =>
      routes({
        'GET /api/tasks/task-1': { body: ENDORSE },
        'GET /api/access-grants/g-1': { body: GRANT },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
        ...extra,
      })

    it('shows the access asked for before completing the task', async () => {
      const { root, calls } = await renderApp('/tasks/task-1', grantRoutes())

      await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Access to corporate accounts' }))
      const h2s = queryAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent.trim())
      expect(h2s.indexOf('Complete the task')).toBe(h2s.indexOf('Access to corporate accounts') + 1)
      // The grant's sections are a level below the page's.
      expect(getByRole(root, 'heading', { level: 3, name: 'Statement' })).toBeTruthy()
      expect(getByRole(root, 'heading', { level: 3, name: 'Signatures' })).toBeTruthy()
      const summary = /** @type {HTMLElement} */ (root.querySelector('.grant-summary'))
      for (const words of [
        'AG-2026-0001',
        'Anytown Council (Facebook, @AnytownCouncil)',
        'Library events over the winter',
        'Posting event updates twice a week',
        '31 January 2027',
        'I will post only for the purpose agreed.',
        'Not signed yet.',
      ]) {
        expect(hasText(summary, words), words).toBe(true)
      }
      // APPROVED means something different for a grant than for an account request.
      const tag = /** @type {HTMLElement} */ (summary.querySelector('.tag'))
      expect(tag.textContent).toBe('Waiting for the statement to be signed')
      expect(tag.classList.contains('tag--yellow')).toBe(true)

      expect(calls.filter((c) => c.path === '/api/access-grants/g-1')).toHaveLength(1)
      expect(calls.some((c) => c.path.startsWith('/api/account-requests/'))).toBe(false)
      // No account request, and no documents either.
      expect(queryAllByRole(root, 'heading', { name: 'Account request' })).toHaveLength(0)
      expect(queryAllByRole(root, 'heading', { name: 'Documents' })).toHaveLength(0)
      expect(calls.some((c) => c.path.startsWith('/api/cases/'))).toBe(false)
    })

    it('still shows the task when the grant is gone', async () => {
      const { root } = await renderApp('/tasks/task-1', grantRoutes({ 'GET /api/access-grants/g-1': problem(404, 'Not Found') }))

      await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Complete the task' }))
      expect(getByRole(root, 'heading', { level: 1, name: 'Endorse the request for access' })).toBeTruthy()
      expect(queryAllByRole(root, 'heading', { name: 'Access to corporate accounts' })).toHaveLength(0)
      expect(queryAllByRole(root, 'alert').filter((a) => hasText(a, 'There is a problem'))).toHaveLength(0)
    })

    it('says the task cannot be shown when the grant cannot be loaded', async () => {
      const { root } = await renderApp('/tasks/task-1', grantRoutes({ 'GET /api/access-grants/g-1': problem(500, 'Internal Server Error') }))

      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Sorry, the task could not be shown' }))
    })
  })

  describe('a task about a suspected breach of the policy', () => {
    const INVESTIGATE = {
      ...TASK,
      name: 'Investigate the report',
      taskDefinitionKey: 'UserTask_Investigate',
      processDefinitionKey: 'Process_BreachInvestigation',
      caseId: 'inv-1',
      caseKind: 'breach-investigation',
      caseReference: 'BR-2026-0001',
      caseTitle: 'Alex Morgan',
    }
    const INVESTIGATION = investigation({
      clauses: [{ code: 'B1.4-abuse', reference: 'B 1.4', label: 'Abusive or threatening behaviour' }],
      description: 'Posted threats to a resident',
      postLinks: ['https://x.com/example/status/1'],
      route: 'FORMAL',
      routeLabel: 'Formal investigation',
      routeReason: null,
      investigator: 'jsmith',
      investigatorName: 'Jo Smith',
      investigationDue: '2099-01-15',
      mayAddNotes: true,
    })

    it('shows the investigation before completing the task, with a way to its notes and evidence', async () => {
      const { root, calls } = await renderApp('/tasks/task-1', routes({
        'GET /api/tasks/task-1': { body: INVESTIGATE },
        'GET /api/investigations/inv-1': { body: INVESTIGATION },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
      }))

      await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Breach investigation' }))
      const h2s = queryAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent.trim())
      expect(h2s.indexOf('Complete the task')).toBe(h2s.indexOf('Breach investigation') + 1)
      // The investigation's sections are a level below the page's.
      expect(getByRole(root, 'heading', { level: 3, name: 'Investigation' })).toBeTruthy()
      const summary = /** @type {HTMLElement} */ (root.querySelector('.investigation-summary'))
      for (const words of [
        'BR-2026-0001',
        'Alex Morgan',
        'B 1.4: Abusive or threatening behaviour',
        'Posted threats to a resident',
        'Formal investigation',
        'Jo Smith',
        '15 January 2099',
      ]) {
        expect(hasText(summary, words), words).toBe(true)
      }
      const tag = /** @type {HTMLElement} */ (summary.querySelector('.tag'))
      expect(tag.textContent).toBe('Under investigation')
      expect(tag.classList.contains('tag--yellow')).toBe(true)
      expect(
        getByRole(root, 'link', { name: 'Open the investigation to see its notes, interviews and evidence' }).getAttribute('href'),
      ).toBe('/investigations/inv-1')
      expect(calls.filter((c) => c.path === '/api/investigations/inv-1')).toHaveLength(1)
      expect(calls.some((c) => c.path.startsWith('/api/account-requests/'))).toBe(false)
    })

    it('still shows the task when the investigation is gone', async () => {
      const { root } = await renderApp('/tasks/task-1', routes({
        'GET /api/tasks/task-1': { body: INVESTIGATE },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
      }))

      await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Complete the task' }))
      expect(queryAllByRole(root, 'heading', { name: 'Breach investigation' })).toHaveLength(0)
    })
  })

  describe('a task about harassment a councillor has reported', () => {
    const TRIAGE = {
      ...TASK,
      name: 'Assess the report',
      taskDefinitionKey: 'UserTask_Triage',
      processDefinitionKey: 'Process_MemberHarassmentReport',
      caseId: 'h-1',
      caseKind: 'member-harassment-report',
      caseReference: 'HR-2026-0001',
      caseTitle: 'Harassment report',
    }
    const REPORT = harassmentReport({
      reportedAt: '2026-11-27T14:05:00Z',
      postLinks: ['https://x.com/troll123/status/1'],
      immediateDanger: true,
      status: 'URGENT',
      statusLabel: 'Urgent',
      holds: [],
      mayPlaceHold: true,
    })
    const PLATFORM_REPORT = {
      reference: 'HR-2026-0001',
      platform: 'X_TWITTER',
      platformLabel: 'X (Twitter)',
      offendingAccounts: '@troll123\n\n @another_account ',
      postLinks: ['https://x.com/troll123/status/1', 'javascript:alert(1)'],
    }

    it('shows the Monitoring Officer the report before completing the task, with a way to its evidence', async () => {
      const { root, calls } = await renderApp('/tasks/task-1', routes({
        'GET /api/tasks/task-1': { body: TRIAGE },
        'GET /api/harassment-reports/h-1': { body: REPORT },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
      }))

      await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Harassment report' }))
      const h2s = queryAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent.trim())
      expect(h2s.indexOf('Complete the task')).toBe(h2s.indexOf('Harassment report') + 1)
      // The report's sections are a level below the page's.
      expect(getByRole(root, 'heading', { level: 3, name: 'Actions taken' })).toBeTruthy()
      const summary = /** @type {HTMLElement} */ (root.querySelector('.harassment-summary'))
      for (const words of ['HR-2026-0001', 'Councillor Jones', 'Said they know where I live', '@troll123', 'Not assessed yet']) {
        expect(hasText(summary, words), words).toBe(true)
      }
      expect(summary.querySelector('.tag')?.classList.contains('tag--red')).toBe(true)
      expect(getByRole(root, 'link', { name: 'Open the report to see its evidence' }).getAttribute('href')).toBe('/harassment/h-1')
      expect(calls.some((c) => c.path.endsWith('/platform-report'))).toBe(false)
      expect(queryAllByRole(root, 'heading', { name: 'What to report or block' })).toHaveLength(0)
    })

    it('shows the communications team only what to report or block on the platform', async () => {
      const block = { ...TRIAGE, name: 'Report or block on the platform', taskDefinitionKey: 'UserTask_Platform' }
      const { root, calls } = await renderApp('/tasks/task-1', routes({
        'GET /api/tasks/task-1': { body: block },
        // The report itself is not theirs to see.
        'GET /api/harassment-reports/h-1': problem(404, 'Not Found'),
        'GET /api/harassment-reports/h-1/platform-report': { body: PLATFORM_REPORT },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
      }))

      const heading = await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'What to report or block' }))
      const h2s = queryAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent.trim())
      expect(h2s.indexOf('Complete the task')).toBe(h2s.indexOf('What to report or block') + 1)
      const part = /** @type {HTMLElement} */ (root.querySelector('.platform-report'))
      expect(heading.nextElementSibling).toBe(part)
      const rows = [...part.querySelectorAll('.summary-list__row')].map((row) => [
        row.querySelector('dt')?.textContent?.trim(),
        [...(row.querySelector('dd')?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim()).join(' | ') ||
          row.querySelector('dd')?.textContent?.trim(),
      ])
      expect(rows).toEqual([
        ['Reference', 'HR-2026-0001'],
        ['Platform', 'X (Twitter)'],
        ['Accounts to report or block', '@troll123 | @another_account'],
        ['Links to the posts', 'https://x.com/troll123/status/1 | javascript:alert(1)'],
      ])
      expect(queryAllByRole(part, 'link').map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
        ['https://x.com/troll123/status/1', 'noopener noreferrer'],
      ])
      // Nothing of what happened, to whom, or a way to the report.
      expect(root.querySelector('.harassment-summary')).toBeNull()
      expect(queryAllByRole(root, 'heading', { name: 'Harassment report' })).toHaveLength(0)
      expect(queryAllByRole(root, 'link', { name: 'Open the report to see its evidence' })).toHaveLength(0)
      // The report itself is never asked for on this step, so no refusal appears in the browser's console.
      expect(calls.filter((c) => c.path.startsWith('/api/harassment-reports/')).map((c) => c.path)).toEqual([
        '/api/harassment-reports/h-1/platform-report',
      ])
    })

    it('still shows the task when neither the report nor what to block can be seen', async () => {
      const { root } = await renderApp('/tasks/task-1', routes({
        'GET /api/tasks/task-1': { body: TRIAGE },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
      }))

      await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Complete the task' }))
      expect(queryAllByRole(root, 'heading', { name: 'Harassment report' })).toHaveLength(0)
      expect(queryAllByRole(root, 'heading', { name: 'What to report or block' })).toHaveLength(0)
    })
  })

  it('records a rejection with its reason and goes back to the task list', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/tasks/task-1', routes({ 'POST /api/tasks/task-1/complete': { status: 204 } }))

    tick(await waitFor(() => getByLabelText(root, 'Reject')))
    const reason = await waitFor(() => getByLabelText(root, 'Reason for rejection'))
    type(reason, 'The audience is already reached by the main council account')
    getByRole(root, 'button', { name: 'Submit decision' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'))
    expect(calls.find((c) => c.method === 'POST').body).toEqual({
      variables: { decision: 'reject', reason: 'The audience is already reached by the main council account' },
    })
    await waitFor(() => expect(hasText(root, 'Decision recorded')).toBe(true))
  })

  it('asks for a decision, and a reason for a rejection', async () => {
    const { root, calls } = await renderApp('/tasks/task-1', routes())

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Submit decision' }))).click()
    let summary = await errorSummaryLink(root, 'Select approve or reject', '#decision')

    tick(getByLabelText(root, 'Reject'))
    getByRole(root, 'button', { name: 'Submit decision' }).click()
    summary = await waitFor(() => {
      const alert = getByRole(root, 'alert')
      if (!hasText(alert, 'Enter the reason for rejection')) throw new Error('not yet')
      return alert
    })
    expect(getByRole(summary, 'link', { name: 'Enter the reason for rejection' }).getAttribute('href')).toBe('#reason')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('shows errors from the server by the fields', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/tasks/task-1', routes({
      'POST /api/tasks/task-1/complete': badRequest('reason', 'The reason must be 2000 characters or fewer'),
    }))

    tick(await waitFor(() => getByLabelText(root, 'Reject')))
    const reason = await waitFor(() => getByLabelText(root, 'Reason for rejection'))
    type(reason, 'x')
    getByRole(root, 'button', { name: 'Submit decision' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'The reason must be 2000 characters or fewer')).toBe(true)
    expect(reason.getAttribute('aria-invalid')).toBe('true')
  })

  it('reads the task from GET /api/tasks/{id}, never by paging through the task list', async () => {
    const { root, calls } = await renderApp('/tasks/task-1', routes({ 'GET /api/tasks/task-1': { body: { ...TASK, name: 'Single task' } } }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Single task' }))
    expect(calls.some((c) => c.path === '/api/tasks')).toBe(false)
  })

  it('says when the task cannot be found', async () => {
    const { root } = await renderApp('/tasks/gone', routes())

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Task not found' }))
    expect(queryAllByRole(root, 'button', { name: 'Submit decision' })).toHaveLength(0)
  })

  it('says what to do, and shows a policy clause when it is opened', async () => {
    const { root, calls } = await renderApp('/tasks/task-1', routes({
      'GET /api/tasks/task-1': {
        body: {
          ...TASK,
          processName: 'Account request',
          instructions: 'Check the business case against the policy.\nApprove it if it meets every part.',
          policyClauses: ['D 6.1', 'D 6.2'],
          formKey: null,
          followUp: null,
          priority: 50,
        },
      },
      'GET /api/policy/clauses/D%206.1': {
        body: { reference: 'D 6.1', section: 'D 6', title: 'Business case', text: 'Every account needs a business case.' },
      },
    }))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'What to do' }))
    expect(hasText(root, 'Check the business case against the policy.')).toBe(true)
    expect(root.querySelector('.pre-line')?.textContent).toContain('\nApprove it if it meets every part.')
    const policy = /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Policy' }).closest('section'))
    expect(policy).toBeTruthy()

    const summaries = [...policy.querySelectorAll('details > summary')]
    expect(summaries.map((s) => s.textContent.trim())).toEqual(['D 6.1', 'D 6.2'])
    expect(calls.some((c) => c.path.startsWith('/api/policy'))).toBe(false)

    const details = /** @type {HTMLDetailsElement} */ (summaries[0].parentElement)
    details.open = true
    details.dispatchEvent(new Event('toggle'))
    await waitFor(() => expect(hasText(details, 'Every account needs a business case.')).toBe(true))
    expect(hasText(details, 'D 6: Business case')).toBe(true)
    expect(calls.filter((c) => c.path.startsWith('/api/policy')).map((c) => c.path)).toEqual([
      '/api/policy/clauses/D%206.1',
    ])

    // Closing and opening it again does not fetch it again.
    details.open = false
    details.dispatchEvent(new Event('toggle'))
    details.open = true
    details.dispatchEvent(new Event('toggle'))
    await Promise.resolve()
    expect(calls.filter((c) => c.path.startsWith('/api/policy'))).toHaveLength(1)
  })

  it('shows the comments, newest first, and adds one', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/tasks/task-1', routes({
      'GET /api/tasks/task-1/comments': {
        body: [
          { id: 'c2', author: 'asmith', authorName: 'Ann Smith', time: '2026-11-26T10:15:00Z', message: 'Called them.' },
          { id: 'c1', author: 'jsmith', authorName: 'Jo Smith', time: '2026-07-01T23:30:00Z', message: 'Asked for more.' },
        ],
      },
      'POST /api/tasks/task-1/comments': (call) => ({
        status: 201,
        body: { id: 'c3', author: 'jsmith', authorName: 'Jo Smith', time: '2026-11-27T09:00:00Z', message: call.body.message },
      }),
    }))

    await waitFor(() => expect(hasText(root, 'Called them.')).toBe(true))
    expect(queryAllByRole(root, 'heading', { level: 2, name: 'Comments' })).toHaveLength(1)
    let items = [...root.querySelectorAll('.comments__item')]
    expect(items.map((i) => [...i.children].map((p) => p.textContent.trim()))).toEqual([
      ['Ann Smith 26 November 2026 at 10:15', 'Called them.'],
      ['Jo Smith 2 July 2026 at 00:30', 'Asked for more.'],
    ])

    getByRole(root, 'button', { name: 'Add comment' }).click()
    await errorSummaryLink(root, 'Enter a comment', '#message')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    const box = getByLabelText(root, 'Add a comment', HTMLTextAreaElement)
    type(box, '  Approved in principle.  ')
    getByRole(root, 'button', { name: 'Add comment' }).click()

    await waitFor(() => expect(hasText(root, 'Approved in principle.')).toBe(true))
    items = [...root.querySelectorAll('.comments__item')]
    expect(items).toHaveLength(3)
    expect([...items[0].children].map((p) => p.textContent.trim())).toEqual([
      'Jo Smith 27 November 2026 at 09:00',
      'Approved in principle.',
    ])
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/tasks/task-1/comments')
    expect(post.body).toEqual({ message: 'Approved in principle.' })
    expect(box.value).toBe('')
  })

  it('shows the case history as a timeline, oldest first', async () => {
    const { root } = await renderApp('/tasks/task-1', routes({
      'GET /api/tasks/task-1/history': {
        body: [
          { occurredAt: '2026-11-20T09:00:00Z', actor: 'asmith', action: 'ACCOUNT_REQUEST_SUBMITTED', detail: null },
          { occurredAt: '2026-07-01T23:30:00Z', actor: 'jsmith', action: 'TASK_CLAIMED', detail: 'Review account request' },
        ],
      },
    }))

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Case history' }))
    const entries = await waitFor(() => {
      const found = [...root.querySelectorAll('ol.timeline > li')]
      if (found.length !== 2) throw new Error('not yet')
      return found
    })
    expect(entries.map((e) => [...e.children].map((p) => p.textContent.replace(/\s+/g, ' ').trim()))).toEqual([
      ['Account request submitted', '20 November 2026 at 09:00 by asmith'],
      ['Task claimed', '2 July 2026 at 00:30 by jsmith', 'Review account request'],
    ])
    expect(entries[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T09:00:00Z')
  })

  it('hands the task over to a colleague and goes back to the task list', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/tasks/task-1', routes({ 'POST /api/tasks/task-1/hand-over': { status: 204 } }))

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Hand over' }))).click()
    await errorSummaryLink(root, /^Enter the username/, '#to')

    const to = getByLabelText(root, "Colleague's username")
    type(to, 'sam.jones')
    getByRole(root, 'button', { name: 'Hand over' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'))
    expect(calls.find((c) => c.method === 'POST').body).toEqual({ to: 'sam.jones' })
    await waitFor(() => expect(hasText(root, 'You have handed over Review account request to sam.jones')).toBe(true))
  })

  it('changes the due and follow-up dates, and shows problems by the fields', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let attempt = 0
    const { root, calls } = await renderApp('/tasks/task-1', routes({
      'GET /api/tasks/task-1': { body: { ...TASK, due: '2026-12-04T17:00:00Z', followUp: null } },
      'PUT /api/tasks/task-1/dates': () =>
        attempt++ === 0
          ? badRequest('followUp', 'The follow-up date must be before the due date')
          : { status: 204 },
    }))

    const due = await waitFor(() => getByLabelText(root, 'Due date', HTMLInputElement))
    expect(due.value).toBe('2026-12-04')
    const followUp = getByLabelText(root, 'Follow-up date', HTMLInputElement)
    expect(followUp.value).toBe('')
    type(followUp, '2026-12-10')
    getByRole(root, 'button', { name: 'Save dates' }).click()

    await errorSummaryLink(root, 'The follow-up date must be before the due date', '#followUp')
    await waitFor(() => expect(followUp.getAttribute('aria-invalid')).toBe('true'))

    type(followUp, '2026-12-01')
    type(due, '')
    getByRole(root, 'button', { name: 'Save dates' }).click()
    await waitFor(() => expect(hasText(root, 'The dates have been saved')).toBe(true))
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      { due: '2026-12-04', followUp: '2026-12-10' },
      { due: null, followUp: '2026-12-01' },
    ])
    expect(followUp.getAttribute('aria-invalid')).toBeNull()
  })

  describe('documents on an account request', () => {
    const BRANDING_TASK = {
      ...TASK,
      name: 'Send the branding for approval',
      taskDefinitionKey: 'UserTask_SubmitBranding',
      assignee: 'jsmith',
    }
    const LOGO = {
      id: 'doc-1',
      fileName: 'logo.png',
      mediaType: 'image/png',
      size: 2048,
      sha256: 'c'.repeat(64),
      description: 'Square logo',
      uploadedBy: 'jsmith',
      uploadedByName: 'Jo Smith',
      uploadedAt: '2026-11-27T14:10:00Z',
    }
    const CASE = {
      kind: 'account-request',
      id: 'req-1',
      reference: 'AR-2026-0001',
      title: 'Anytown Libraries',
      status: 'APPROVED',
      tasks: [],
      timeline: [],
      documents: [LOGO],
    }

    /** @param {Record<string, any>} [extra] */
    const brandingRoutes = (extra = {}) =>
      routes({
        'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
        'GET /api/tasks/task-1': { body: BRANDING_TASK },
        'GET /api/account-requests/req-1': { body: { ...REQUEST, status: 'APPROVED', notes: [], mayWithdraw: true } },
        'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
        'GET /api/cases/account-request/req-1': { body: CASE },
        ...extra,
      })

    /** @param {HTMLElement} root */
    const documentsSection = (root) =>
      /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Documents' }).closest('section'))


    it('shows the documents after the request and before completing the task', async () => {
      const { root } = await renderApp('/tasks/task-1', brandingRoutes())

      const documents = await waitFor(() => documentsSection(root))
      const h2s = queryAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent.trim())
      expect(h2s.indexOf('Documents')).toBe(h2s.indexOf('Account request') + 1)
      expect(h2s.indexOf('Complete the task')).toBe(h2s.indexOf('Documents') + 1)
      // The request's sections are a level below the page's, its notes a level below those.
      expect(getByRole(root, 'heading', { level: 3, name: 'Questions and comments' })).toBeTruthy()
      expect(hasText(root, 'Approved: waiting for branding')).toBe(true)

      const link = getByRole(documents, 'link', { name: 'logo.png' })
      expect(link.getAttribute('href')).toBe('/api/cases/account-request/req-1/documents/doc-1')
      expect(hasText(documents, 'PNG, 2 kB')).toBe(true)
      expect(getByLabelText(documents, 'Upload a file').getAttribute('type')).toBe('file')
      expect(getByRole(documents, 'button', { name: 'Upload document' })).toBeTruthy()
    })

    it('uploads the branding on the task page', async () => {
      const uploaded = { ...LOGO, id: 'doc-2', fileName: 'banner.jpg', mediaType: 'image/jpeg', description: 'Cover image' }
      let uploads = 0
      const { root, calls } = await renderApp('/tasks/task-1', brandingRoutes({
        'POST /api/cases/account-request/req-1/documents': () => {
          uploads++
          return { status: 201, body: uploaded }
        },
        'GET /api/tasks/task-1/history': () => ({
          body: uploads
            ? [{ occurredAt: '2026-11-27T14:20:00Z', actor: 'jsmith', action: 'DOCUMENT_ADDED', detail: 'banner.jpg' }]
            : [],
        }),
      }))

      const documents = await waitFor(() => documentsSection(root))
      chooseFiles(getByLabelText(documents, 'Upload a file'), [new File(['jpeg'], 'banner.jpg', { type: 'image/jpeg' })])
      const description = getByLabelText(documents, 'Description (optional)')
      type(description, 'Cover image')
      getByRole(documents, 'button', { name: 'Upload document' }).click()

      await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'banner.jpg has been uploaded')).toBe(true))
      const post = calls.find((c) => c.method === 'POST')
      expect(post.path).toBe('/api/cases/account-request/req-1/documents')
      expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
      expect(post.body.get('file').name).toBe('banner.jpg')
      expect(post.body.get('description')).toBe('Cover image')
      expect(getByRole(documents, 'link', { name: 'banner.jpg' }).getAttribute('href')).toBe(
        '/api/cases/account-request/req-1/documents/doc-2',
      )
      expect(queryAllByRole(documents, 'row')).toHaveLength(3)
      // The case history has the upload in it.
      await waitFor(() => expect(hasText(root, 'Document added')).toBe(true))
    })

    it('shows a problem with the upload by the field and in the error summary', async () => {
      const { root, calls } = await renderApp('/tasks/task-1', brandingRoutes({
        'POST /api/cases/account-request/req-1/documents': badRequest('file', 'The selected file must be a PDF, PNG or JPEG'),
      }))

      const documents = await waitFor(() => documentsSection(root))
      getByRole(documents, 'button', { name: 'Upload document' }).click()
      let summary = await errorSummaryLink(root, 'Select a file to upload', '#document-file')
      expect(calls.some((c) => c.method === 'POST')).toBe(false)

      const input = getByLabelText(documents, 'Upload a file')
      chooseFiles(input, [new File(['hello'], 'notes.txt', { type: 'text/plain' })])
      getByRole(documents, 'button', { name: 'Upload document' }).click()
      summary = await waitFor(() => {
        const alert = getByRole(root, 'alert')
        if (!hasText(alert, 'The selected file must be a PDF, PNG or JPEG')) throw new Error('not yet')
        return alert
      })
      expect(
        getByRole(summary, 'link', { name: 'The selected file must be a PDF, PNG or JPEG' }).getAttribute('href'),
      ).toBe('#document-file')
      await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
      expect(hasText(documents, 'Error: The selected file must be a PDF, PNG or JPEG')).toBe(true)
    })

    it('still shows the task when the documents cannot be loaded', async () => {
      const { root } = await renderApp('/tasks/task-1', brandingRoutes({ 'GET /api/cases/account-request/req-1': problem(500, 'Internal Server Error') }))

      const documents = await waitFor(() => documentsSection(root))
      expect(hasText(documents, 'Sorry, the documents could not be shown. Try again later.')).toBe(true)
      expect(queryAllByRole(documents, 'button')).toHaveLength(0)
      expect(queryAllByRole(root, 'alert')).toHaveLength(0)
      expect(getByRole(root, 'heading', { level: 1, name: 'Send the branding for approval' })).toBeTruthy()
    })

    it('shows no documents for a task about another kind of case', async () => {
      const review = { ...TASK, name: 'Review the inactive account', caseKind: 'account', caseId: 'acc-4' }
      const { root, calls } = await renderApp('/tasks/task-1', routes({ 'GET /api/tasks/task-1': { body: review } }))

      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Review the inactive account' }))
      expect(queryAllByRole(root, 'heading', { name: 'Documents' })).toHaveLength(0)
      expect(calls.some((c) => c.path.startsWith('/api/cases/'))).toBe(false)
    })
  })
})
