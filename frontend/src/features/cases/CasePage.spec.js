import { describe, expect, it } from 'vitest'
import { chooseFiles, type } from '../../test/actions.js'
import { badRequest, INFORMATION_MANAGER, ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, section, text, waitFor } from '../../test/queries.js'
import { errorSummaryLink } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const REQUEST = {
  id: 'req-1',
  reference: 'AR-2026-0001',
  department: 'Leisure',
  kind: 'DEPARTMENTAL',
  campaignEndDate: null,
  platform: 'FACEBOOK',
  proposedName: 'Anytown Leisure',
  businessCase: { objectives: 'Tell people about classes' },
  proposedUsers: ['priya.shah'],
  status: 'SUBMITTED',
  rejectionReason: null,
  submittedBy: 'priya.shah',
  submittedAt: '2026-11-27T14:05:00Z',
}

const BRANDING = {
  id: 'doc-1',
  fileName: 'branding.pdf',
  mediaType: 'application/pdf',
  size: 12345,
  sha256: 'a'.repeat(64),
  description: 'Logo and colours',
  uploadedBy: 'priya.shah',
  uploadedByName: 'Priya Shah',
  uploadedAt: '2026-11-27T14:10:00Z',
}

const OVERVIEW = {
  kind: 'account-request',
  id: 'req-1',
  reference: 'AR-2026-0001',
  title: 'Leisure centre news on Facebook',
  status: 'AWAITING_REVIEW',
  statusLabel: 'Awaiting review',
  openedAt: '2026-11-27T14:05:00Z',
  openedBy: 'priya.shah',
  openedByName: 'Priya Shah',
  tasks: [
    {
      id: 'task-1',
      name: 'Review account request',
      assignee: 'alex.morgan',
      assigneeName: 'Alex Morgan',
      candidateGroups: ['comms'],
      created: '2026-11-27T14:05:00Z',
      due: '2099-12-04T17:00:00Z',
      mayOpen: true,
    },
  ],
  timeline: [
    {
      occurredAt: '2026-11-27T14:05:00Z',
      actor: 'priya.shah',
      actorName: 'Priya Shah',
      onBehalfOf: null,
      action: 'ACCOUNT_REQUEST_SUBMITTED',
      detail: null,
    },
    {
      occurredAt: '2026-07-01T23:30:00Z',
      actor: 'alex.morgan',
      actorName: null,
      onBehalfOf: 'nia.roberts',
      action: 'TASK_CLAIMED',
      detail: 'Review account request',
    },
  ],
  documents: [BRANDING],
  mayAddDocuments: true,
}

/** @param {Record<string, any>} [extra] @param {any} [overview] */
function routes(extra = {}, overview = OVERVIEW) {
  return {
    'GET /api/me': { body: ME },
    'GET /api/account-requests/req-1': { body: REQUEST },
    'GET /api/cases/account-request/req-1': { body: overview },
    ...extra,
  }
}

const pdf = () => new File(['%PDF-1.7 minutes'], 'minutes.pdf', { type: 'application/pdf' })

describe('CasePage', () => {
  it('shows the case: header, summary, tasks, documents and timeline', async () => {
    const { root } = await renderApp('/requests/req-1', routes())

    const h1 = await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Leisure centre news on Facebook' }))
    expect(text(/** @type {Element} */ (h1.previousElementSibling))).toBe('Account request AR-2026-0001')
    expect(document.title).toBe('Account request AR-2026-0001 – SocialGov')
    const header = /** @type {HTMLElement} */ (root.querySelector('.case-header__meta'))
    expect(text(header)).toBe('Status: Awaiting review Opened on 27 November 2026 by Priya Shah')
    expect(header.querySelector('.tag--blue')?.textContent).toBe('Awaiting review')
    expect(getByRole(root, 'link', { name: 'Back to account requests' }).getAttribute('href')).toBe('/requests')

    // The kind's own summary, in the slot.
    await waitFor(() => expect(hasText(root, 'Tell people about classes')).toBe(true))
    expect(getByRole(root, 'heading', { level: 2, name: 'Business case' })).toBeTruthy()

    const headings = queryAllByRole(root, 'heading', { level: 2 }).map(text)
    expect(headings.slice(-3)).toEqual(['Tasks', 'Documents', 'Timeline'])

    const tasks = section(root, 'Tasks')
    const taskRows = queryAllByRole(tasks, 'row').slice(1)
    expect(taskRows.map((r) => [...r.children].map(text))).toEqual([
      ['Review account request', 'Alex Morgan', '4 December 2099'],
    ])
    expect(getByRole(tasks, 'link', { name: 'Review account request' }).getAttribute('href')).toBe('/tasks/task-1')

    const documents = section(root, 'Documents')
    const docRows = queryAllByRole(documents, 'row').slice(1)
    expect(docRows).toHaveLength(1)
    const link = getByRole(docRows[0], 'link', { name: 'branding.pdf' })
    expect(link.getAttribute('href')).toBe('/api/cases/account-request/req-1/documents/doc-1')
    expect(link.hasAttribute('download')).toBe(true)
    const cells = [...docRows[0].children]
    expect(text(cells[1])).toBe('Logo and colours')
    expect(text(cells[2])).toBe('PDF, 12 kB')
    expect(text(cells[3])).toBe('Priya Shah 27 November 2026 at 14:10')
    expect(cells[0].querySelector('details code')?.textContent).toBe('a'.repeat(64))
    expect(text(/** @type {Element} */ (cells[0].querySelector('summary')))).toBe('Checksum of branding.pdf')

    const timeline = section(root, 'Timeline')
    const entries = [...timeline.querySelectorAll('ol.timeline > li')]
    expect(entries.map((e) => [...e.children].map(text))).toEqual([
      ['Account request submitted', '27 November 2026 at 14:05 by Priya Shah'],
      ['Task claimed', '2 July 2026 at 00:30 by alex.morgan on behalf of nia.roberts', 'Review account request'],
    ])
  })

  it('does not link to a task the person may not open, and says who it is waiting for', async () => {
    const { root } = await renderApp('/requests/req-1', routes({}, {
      ...OVERVIEW,
      tasks: [
        { ...OVERVIEW.tasks[0], assignee: null, assigneeName: null, due: null, mayOpen: false },
        {
          ...OVERVIEW.tasks[0],
          id: 'task-2',
          name: 'Set up the account',
          assignee: 'sam.jones',
          assigneeName: null,
          due: '2020-01-10T17:00:00Z',
          mayOpen: false,
        },
      ],
      documents: [],
      timeline: [],
    }))

    const tasks = await waitFor(() => section(root, 'Tasks'))
    expect(queryAllByRole(tasks, 'link')).toHaveLength(0)
    const rows = queryAllByRole(tasks, 'row').slice(1)
    expect(rows.map((r) => [...r.children].map(text))).toEqual([
      ['Review account request', 'Waiting for the Communications team', 'No due date'],
      ['Set up the account', 'sam.jones', '10 January 2020 Overdue'],
    ])
    expect(hasText(section(root, 'Documents'), 'No documents have been added to this case.')).toBe(true)
    expect(hasText(section(root, 'Timeline'), 'Nothing has happened on this case yet.')).toBe(true)
  })

  it('says when there are no open tasks', async () => {
    const { root } = await renderApp('/requests/req-1', routes({}, { ...OVERVIEW, tasks: [] }))

    const tasks = await waitFor(() => section(root, 'Tasks'))
    expect(hasText(tasks, 'There are no open tasks on this case.')).toBe(true)
    expect(queryAllByRole(tasks, 'table')).toHaveLength(0)
  })

  it('keeps the documents of a closed case but offers no upload', async () => {
    const { root } = await renderApp('/requests/req-1', routes({}, { ...OVERVIEW, mayAddDocuments: false }))

    const documents = await waitFor(() => section(root, 'Documents'))
    expect(hasText(documents, 'branding.pdf')).toBe(true)
    expect(hasText(documents, 'This case is closed: documents can no longer be added unless a legal hold is placed on it.')).toBe(true)
    expect(queryAllByRole(documents, 'button', { name: 'Upload document' })).toHaveLength(0)
  })

  it('uploads a document and shows it', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const uploaded = {
      ...BRANDING,
      id: 'doc-2',
      fileName: 'minutes.pdf',
      size: 3 * 1024 * 1024,
      sha256: 'b'.repeat(64),
      description: 'Meeting minutes',
      uploadedAt: '2026-11-28T09:00:00Z',
    }
    let gets = 0
    const { root, calls } = await renderApp('/requests/req-1', routes({
      'GET /api/cases/account-request/req-1': () => ({
        body: gets++ === 0 ? OVERVIEW : { ...OVERVIEW, documents: [BRANDING, uploaded] },
      }),
      'POST /api/cases/account-request/req-1/documents': { status: 201, body: uploaded },
    }))

    const input = await waitFor(() => getByLabelText(root, 'Upload a file'))
    expect(input.getAttribute('type')).toBe('file')
    expect(input.getAttribute('accept')).toBe('.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg')
    expect(document.getElementById(/** @type {string} */ (input.getAttribute('aria-describedby')))?.textContent).toBe(
      'PDF, PNG or JPEG, smaller than 10 MB',
    )
    const file = pdf()
    chooseFiles(input, [file])
    const description = getByLabelText(root, 'Description (optional)')
    type(description, '  Meeting minutes  ')
    getByRole(root, 'button', { name: 'Upload document' }).click()

    await waitFor(() => expect(hasText(root, 'minutes.pdf has been uploaded')).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/cases/account-request/req-1/documents')
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(post.headers.has('Content-Type')).toBe(false)
    expect(post.body).toBeInstanceOf(FormData)
    expect(post.body.get('file').name).toBe('minutes.pdf')
    expect(post.body.get('description')).toBe('Meeting minutes')

    const banner = /** @type {HTMLElement} */ (root.querySelector('.notification-banner'))
    await waitFor(() => expect(document.activeElement).toBe(banner))

    const documents = section(root, 'Documents')
    const link = await waitFor(() => getByRole(documents, 'link', { name: 'minutes.pdf' }))
    expect(link.getAttribute('href')).toBe('/api/cases/account-request/req-1/documents/doc-2')
    expect(hasText(documents, 'PDF, 3 MB')).toBe(true)
    expect(queryAllByRole(documents, 'row')).toHaveLength(3)

    // The form is ready for another.
    expect(/** @type {HTMLTextAreaElement} */ (description).value).toBe('')
    expect(/** @type {HTMLInputElement} */ (input).value).toBe('')
  })

  it('sends no description when none is given', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/requests/req-1', routes({
      'POST /api/cases/account-request/req-1/documents': {
        status: 201,
        body: { ...BRANDING, id: 'doc-3', fileName: 'minutes.pdf', description: null },
      },
    }))

    chooseFiles(await waitFor(() => getByLabelText(root, 'Upload a file')), [pdf()])
    getByRole(root, 'button', { name: 'Upload document' }).click()

    await waitFor(() => expect(hasText(root, 'minutes.pdf has been uploaded')).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post.body.has('description')).toBe(false)
  })

  it('shows a problem with the file by the field and in the error summary', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/requests/req-1', routes({
      'POST /api/cases/account-request/req-1/documents': problem(
        400,
        'Bad Request',
        [{ field: 'file', message: 'The selected file must be a PDF, PNG or JPEG' }],
        'The document could not be uploaded',
      ),
    }))

    const input = await waitFor(() => getByLabelText(root, 'Upload a file'))
    chooseFiles(input, [new File(['hello'], 'notes.txt', { type: 'text/plain' })])
    getByRole(root, 'button', { name: 'Upload document' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    const link = getByRole(summary, 'link', { name: 'The selected file must be a PDF, PNG or JPEG' })
    expect(link.getAttribute('href')).toBe('#document-file')
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
    const describedBy = /** @type {string} */ (input.getAttribute('aria-describedby')).split(' ')
    expect(describedBy).toEqual(['document-file-hint', 'document-file-error'])
    expect(text(/** @type {HTMLElement} */ (document.getElementById('document-file-error')))).toBe(
      'Error: The selected file must be a PDF, PNG or JPEG',
    )
    expect(document.title).toBe('Error: Account request AR-2026-0001 – SocialGov')
    expect(hasText(root, 'has been uploaded')).toBe(false)
  })

  it('shows a problem with the description by its field', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/requests/req-1', routes({
      'POST /api/cases/account-request/req-1/documents': badRequest('description', 'The description must be 500 characters or fewer'),
    }))

    chooseFiles(await waitFor(() => getByLabelText(root, 'Upload a file')), [pdf()])
    const description = getByLabelText(root, 'Description (optional)')
    type(description, 'x'.repeat(501))
    getByRole(root, 'button', { name: 'Upload document' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(
      getByRole(summary, 'link', { name: 'The description must be 500 characters or fewer' }).getAttribute('href'),
    ).toBe('#document-description')
    await waitFor(() => expect(description.getAttribute('aria-invalid')).toBe('true'))
    expect(getByLabelText(root, 'Upload a file').getAttribute('aria-invalid')).toBeNull()
  })

  it('asks for a file before uploading', async () => {
    const { root, calls } = await renderApp('/requests/req-1', routes())

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Upload document' }))).click()

    await errorSummaryLink(root, 'Select a file to upload', '#document-file')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('says when the file is too large for the server to take', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/requests/req-1', routes({ 'POST /api/cases/account-request/req-1/documents': { status: 413 } }))

    chooseFiles(await waitFor(() => getByLabelText(root, 'Upload a file')), [pdf()])
    getByRole(root, 'button', { name: 'Upload document' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(getByRole(summary, 'link', { name: 'The selected file must be smaller than 10 MB' })).toBeTruthy()
  })

  it('refuses a file over 10 MB without sending it', async () => {
    const { root, calls } = await renderApp('/requests/req-1', routes())
    const big = new File(['%PDF-'], 'scan.pdf', { type: 'application/pdf' })
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 })

    chooseFiles(await waitFor(() => getByLabelText(root, 'Upload a file')), [big])
    getByRole(root, 'button', { name: 'Upload document' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(getByRole(summary, 'link', { name: 'The selected file must be smaller than 10 MB' })).toBeTruthy()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('says when the case cannot be found', async () => {
    const { root, calls } = await renderApp('/requests/req-1', { 'GET /api/me': { body: ME }, 'GET /api/account-requests/req-1': { body: REQUEST } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Account request not found' }))
    expect(queryAllByRole(root, 'heading', { level: 2, name: 'Documents' })).toHaveLength(0)
    expect(hasText(root, 'Tell people about classes')).toBe(false)
    expect(document.title).toBe('Account request not found – SocialGov')
    expect(calls.some((c) => c.path.startsWith('/api/retention'))).toBe(false)
  })

  it("shows the Information Manager what is left of a disposed case: its tombstone, nothing it held", async () => {
    const { root } = await renderApp('/requests/req-1', {
      'GET /api/me': { body: INFORMATION_MANAGER },
      'GET /api/retention/disposals/account-request/req-1': {
        body: {
          retention: { caseType: 'account-request', caseId: 'req-1', reference: 'AR-2024-0042', caseKind: 'Request for a new account',
            closedOn: '2024-03-01', retentionRule: 'No account opened: 2 years after the decision', disposeOn: '2026-03-01',
            outcome: 'NOT_ENDORSED', status: 'DISPOSED' },
          disposal: { reference: 'AR-2024-0042', authorisedBy: 'ian.moss', authorisedByName: 'Ian Moss',
            disposedAt: '2026-03-02T10:00:00Z', manifest: 'account_request: 1 rows, SHA-256 ' + 'a'.repeat(64) },
        },
      },
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'This case has been disposed of' }))
    expect([...root.querySelectorAll('.summary-list__row')].map((row) => [...row.children].map(text))).toEqual([
      ['Reference', 'AR-2024-0042'],
      ['Kind of case', 'Request for a new account'],
      ['Outcome', 'Not endorsed'],
      ['Closed on', '1 March 2024'],
      ['Retention rule', 'No account opened: 2 years after the decision'],
      ['Disposed of', '2 March 2026 at 10:00'],
      ['Authorised by', 'Ian Moss'],
    ])
    expect(root.querySelector('pre.manifest')?.textContent).toBe('account_request: 1 rows, SHA-256 ' + 'a'.repeat(64))
    expect(queryAllByRole(root, 'heading', { level: 2, name: 'Documents' })).toHaveLength(0)
    expect(document.title).toBe('Account request AR-2024-0042: disposed of – SocialGov')
  })

  it('says when the case could not be shown', async () => {
    const { root } = await renderApp('/requests/req-1', routes({ 'GET /api/cases/account-request/req-1': problem(500, 'Internal Server Error') }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Sorry, the account request could not be shown' }))
    expect(hasText(getByRole(root, 'alert'), 'Internal Server Error')).toBe(true)
  })

  it('still shows the case when the request details cannot be loaded', async () => {
    const { root } = await renderApp('/requests/req-1', routes({ 'GET /api/account-requests/req-1': problem(500, 'Internal Server Error') }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Leisure centre news on Facebook' }))
    await waitFor(() =>
      expect(hasText(root, 'Sorry, the details of the request could not be shown. Try again later.')).toBe(true),
    )
    expect(getByRole(root, 'heading', { level: 2, name: 'Timeline' })).toBeTruthy()
  })
})
