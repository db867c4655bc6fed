import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const TASK = {
  id: 'task-1',
  name: 'Check the account name',
  taskDefinitionKey: 'UserTask_CheckName',
  processDefinitionKey: 'account-request',
  processName: 'Account request',
  caseId: null,
  caseReference: 'AR-2026-0001',
  caseTitle: 'Anytown Libraries',
  created: '2026-11-27T14:05:00Z',
  due: null,
  assignee: 'jsmith',
  candidateGroups: ['comms'],
  instructions: 'Check the name is not already used.',
  policyClauses: [],
  formKey: 'check-name',
}

const SCHEMA = {
  type: 'default',
  id: 'CheckName',
  components: [
    {
      type: 'radio',
      id: 'Field_decision',
      key: 'decision',
      label: 'Is the name acceptable?',
      values: [
        { label: 'Yes', value: 'yes' },
        { label: 'No', value: 'no' },
      ],
      validate: { required: true },
    },
    { type: 'textarea', id: 'Field_notes', key: 'notes', label: 'Notes' },
  ],
}

/** form-js is loaded on demand, which takes a moment the first time. */
const SLOW = 10_000

function routes(extra = {}) {
  return {
    'GET /api/me': { body: ME },
    'GET /api/tasks/task-1': { body: TASK },
    'GET /api/tasks/task-1/form': { body: SCHEMA },
    ...extra,
  }
}

/** @param {HTMLElement} root */
async function formReady(root) {
  return waitFor(() => getByLabelText(root, 'Notes'), SLOW)
}

describe('TaskForm', () => {
  it('draws the form from its schema instead of the form written for the review', async () => {
    const { root } = await renderApp('/tasks/task-1', routes())

    const notes = await formReady(root)
    expect(notes.tagName).toBe('TEXTAREA')
    expect(getByRole(root, 'heading', { level: 2, name: 'Complete the task' })).toBeTruthy()
    expect(getByLabelText(root, 'Yes').getAttribute('type')).toBe('radio')
    expect(getByLabelText(root, 'No').getAttribute('type')).toBe('radio')
    // The radios are a group named by their question, as a fieldset and legend would make them.
    await waitFor(() => getByRole(root, 'group', { name: /^Is the name acceptable\?/ }))
    expect(getByRole(root, 'button', { name: 'Submit' })).toBeTruthy()
    expect(queryAllByRole(root, 'button', { name: 'Submit decision' })).toHaveLength(0)
  })

  it('lists missing answers in the error summary, linked to the fields', async () => {
    const { root, calls } = await renderApp('/tasks/task-1', routes())

    await formReady(root)
    getByRole(root, 'button', { name: 'Submit' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    const link = getByRole(summary, 'link', { name: 'Is the name acceptable? is required' })
    const target = document.getElementById(link.getAttribute('href').slice(1))
    expect(target).toBe(getByLabelText(root, 'Yes'))
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('completes the task with the answers, and shows the server’s problems by the fields', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let attempt = 0
    const { root, router, calls } = await renderApp('/tasks/task-1', routes({
      'POST /api/tasks/task-1/complete': () =>
        attempt++ === 0
          ? problem(400, 'Bad Request', [
              { field: 'notes', message: 'Notes must be 500 characters or fewer' },
              { field: null, message: 'The task could not be completed' },
            ])
          : { status: 204 },
    }))

    const notes = await formReady(root)
    getByLabelText(root, 'No').click()
    type(notes, 'Too close to another account')
    getByRole(root, 'button', { name: 'Submit' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'), SLOW)
    const link = getByRole(summary, 'link', { name: 'Notes must be 500 characters or fewer' })
    expect(document.getElementById(link.getAttribute('href').slice(1))).toBe(notes)
    expect(hasText(summary, 'The task could not be completed')).toBe(true)
    await waitFor(() => expect(hasText(notes.closest('.fjs-form-field'), 'Notes must be 500 characters or fewer')).toBe(true))
    expect(notes.getAttribute('aria-invalid')).toBe('true')
    expect(calls.find((c) => c.method === 'POST').body).toEqual({
      variables: { decision: 'no', notes: 'Too close to another account' },
    })

    getByRole(root, 'button', { name: 'Submit' }).click()
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'), SLOW)
    await waitFor(() => expect(hasText(root, 'Task completed')).toBe(true))
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2)
  })

  it('falls back to the form written for the review only when the task has no form', async () => {
    const { root } = await renderApp('/tasks/task-1', routes({
      'GET /api/tasks/task-1': { body: { ...TASK, taskDefinitionKey: 'UserTask_ReviewRequest' } },
      'GET /api/tasks/task-1/form': problem(500, 'Internal Server Error'),
    }))

    await waitFor(() => expect(hasText(root, 'Sorry, the form for this task could not be shown')).toBe(true))
    expect(queryAllByRole(root, 'button', { name: 'Submit decision' })).toHaveLength(0)
  })
})
