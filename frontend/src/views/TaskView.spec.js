import { describe, expect, it } from 'vitest'
import { ME, fakeFetch, problem } from '../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../test/queries.js'
import { renderApp } from '../test/renderApp.js'

const TASK = {
  id: 'task-1',
  name: 'Review account request',
  taskDefinitionKey: 'UserTask_ReviewRequest',
  processDefinitionKey: 'Process_AccountRequest',
  caseId: 'req-1',
  caseReference: 'AR-2026-0001',
  caseTitle: 'Anytown Libraries',
  created: '2026-11-27T14:05:00Z',
  due: null,
  assignee: 'jsmith',
  candidateGroups: ['reviewers'],
}

const REQUEST = {
  id: 'req-1',
  reference: 'AR-2026-0001',
  department: 'Libraries',
  kind: 'DEPARTMENTAL',
  campaignEndDate: null,
  platform: 'X_TWITTER',
  proposedName: 'Anytown Libraries',
  businessCase: { objectives: 'Tell people about events', audience: 'Library users' },
  proposedUsers: ['asmith'],
  status: 'SUBMITTED',
  rejectionReason: null,
  submittedBy: 'asmith',
  submittedAt: '2026-11-20T09:00:00Z',
}

function routes(extra = {}) {
  return {
    'GET /api/me': { body: ME },
    'GET /api/tasks': { body: { items: [TASK], page: 0, size: 50, total: 1 } },
    'GET /api/account-requests/req-1': { body: REQUEST },
    ...extra,
  }
}

/** @param {HTMLElement} el */
function choose(el) {
  el.checked = true
  el.dispatchEvent(new Event('change'))
}

describe('TaskView', () => {
  it('shows the task and the request it is about', async () => {
    fakeFetch(routes())
    const { root } = await renderApp('/tasks/task-1')

    const h1 = await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Review account request' }))
    expect(h1).toBeTruthy()
    expect(hasText(root, 'X (Twitter)')).toBe(true)
    expect(hasText(root, 'Tell people about events')).toBe(true)
    expect(hasText(root, '20 November 2026 at 09:00')).toBe(true)
    expect(getByRole(root, 'group', { name: 'Do you approve this request?' })).toBeTruthy()
    expect(document.title).toBe('Review account request – SocialGov')
  })

  it('records a rejection with its reason and goes back to the task list', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { calls } = fakeFetch(
      routes({ 'POST /api/tasks/task-1/complete': { status: 204 } }),
    )
    const { root, router } = await renderApp('/tasks/task-1')

    choose(await waitFor(() => getByLabelText(root, 'Reject')))
    const reason = await waitFor(() => getByLabelText(root, 'Reason for rejection'))
    reason.value = 'The audience is already reached by the main council account'
    reason.dispatchEvent(new Event('input'))
    getByRole(root, 'button', { name: 'Submit decision' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'))
    expect(calls.find((c) => c.method === 'POST').body).toEqual({
      variables: { decision: 'reject', reason: 'The audience is already reached by the main council account' },
    })
    await waitFor(() => expect(hasText(root, 'Decision recorded')).toBe(true))
  })

  it('asks for a decision, and a reason for a rejection', async () => {
    const { calls } = fakeFetch(routes())
    const { root } = await renderApp('/tasks/task-1')

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Submit decision' }))).click()
    let summary = await waitFor(() => getByRole(root, 'alert'))
    expect(getByRole(summary, 'link', { name: 'Select approve or reject' }).getAttribute('href')).toBe('#decision')

    choose(getByLabelText(root, 'Reject'))
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
    fakeFetch(
      routes({
        'POST /api/tasks/task-1/complete': problem(400, 'Bad Request', [
          { field: 'reason', message: 'The reason must be 2000 characters or fewer' },
        ]),
      }),
    )
    const { root } = await renderApp('/tasks/task-1')

    choose(await waitFor(() => getByLabelText(root, 'Reject')))
    const reason = await waitFor(() => getByLabelText(root, 'Reason for rejection'))
    reason.value = 'x'
    reason.dispatchEvent(new Event('input'))
    getByRole(root, 'button', { name: 'Submit decision' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'The reason must be 2000 characters or fewer')).toBe(true)
    expect(reason.getAttribute('aria-invalid')).toBe('true')
  })

  it('uses GET /api/tasks/{id} when the API has it', async () => {
    const { calls } = fakeFetch(routes({ 'GET /api/tasks/task-1': { body: { ...TASK, name: 'Single task' } } }))
    const { root } = await renderApp('/tasks/task-1')

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Single task' }))
    expect(calls.some((c) => c.path === '/api/tasks')).toBe(false)
  })

  it('says when the task cannot be found', async () => {
    fakeFetch(routes())
    const { root } = await renderApp('/tasks/gone')

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Task not found' }))
    expect(queryAllByRole(root, 'button', { name: 'Submit decision' })).toHaveLength(0)
  })
})
