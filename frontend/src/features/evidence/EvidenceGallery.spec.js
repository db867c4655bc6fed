import { describe, expect, it } from 'vitest'
import { chooseFiles, type } from '../../test/actions.js'
import { badRequest, HR_OFFICER, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'
import { investigation } from '../../test/records.js'

const BASE = '/api/cases/breach-investigation/inv-1/evidence'
const sha = (/** @type {string} */ c) => c.repeat(64)

const SEALED = {
  id: 'ev-1',
  number: 1,
  platform: 'X_TWITTER',
  platformLabel: 'X (Twitter)',
  url: 'https://x.com/example/status/1',
  authorHandle: '@example',
  postedAt: '2026-11-19T21:15:00Z',
  text: 'You will regret this.\nI know where you live.',
  capturedAt: '2026-11-20T10:00:00Z',
  capturedBy: 'hana.ross',
  capturedByName: 'Hana Ross',
  sealed: true,
  sealedAt: '2026-11-20T10:05:00Z',
  recordSha256: sha('a'),
  disposed: false,
  disposedAt: null,
  files: [
    { id: 'f-1', fileName: 'post.png', mediaType: 'image/png', size: 123456, sha256: sha('b') },
    { id: 'f-2', fileName: 'thread.pdf', mediaType: 'application/pdf', size: 2048, sha256: sha('c') },
    { id: 'f-3', fileName: 'reply.jpg', mediaType: 'image/jpeg', size: 4096, sha256: sha('d') },
  ],
}

const DESTROYED = {
  id: 'ev-2',
  number: 2,
  platform: 'FACEBOOK',
  platformLabel: 'Facebook',
  url: null,
  authorHandle: null,
  postedAt: null,
  text: null,
  capturedAt: '2026-11-21T09:00:00Z',
  capturedBy: 'hana.ross',
  capturedByName: 'Hana Ross',
  sealed: true,
  sealedAt: '2026-11-21T09:01:00Z',
  recordSha256: sha('e'),
  disposed: true,
  disposedAt: '2033-03-03T10:00:00Z',
  files: [{ id: 'f-4', fileName: null, mediaType: 'image/png', size: 1000, sha256: sha('f') }],
}

const DRAFT = {
  id: 'ev-3',
  number: 3,
  platform: 'INSTAGRAM',
  platformLabel: 'Instagram',
  url: 'https://instagram.com/p/abc',
  authorHandle: '@someone',
  postedAt: null,
  text: 'A photo with a caption',
  capturedAt: '2026-11-22T09:00:00Z',
  capturedBy: 'hana.ross',
  capturedByName: 'Hana Ross',
  sealed: false,
  sealedAt: null,
  recordSha256: null,
  disposed: false,
  disposedAt: null,
  files: [],
}

const PLATFORMS = [
  { value: 'X_TWITTER', label: 'X (Twitter)' },
  { value: 'FACEBOOK', label: 'Facebook' },
  { value: 'INSTAGRAM', label: 'Instagram' },
]

const CUSTODY = {
  entries: [
    {
      occurredAt: '2026-11-20T10:00:00Z',
      actor: 'hana.ross',
      actorName: 'Hana Ross',
      action: 'EVIDENCE_CAPTURED',
      actionLabel: 'Post kept as evidence',
      detail: 'Post 1',
    },
    { occurredAt: '2026-11-24T08:00:00Z', actor: 'nia.roberts', actorName: null, action: 'EVIDENCE_DOWNLOADED', actionLabel: null, detail: 'post.png' },
  ],
}

const INVESTIGATION = investigation()

/** @param {{ items?: any[], mayAdd?: boolean }} [evidence] @param {Record<string, any>} [extra] */
function routes(evidence = {}, extra = {}) {
  return {
    'GET /api/me': { body: HR_OFFICER },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/investigations/inv-1': { body: INVESTIGATION },
    'GET /api/cases/breach-investigation/inv-1': {
      body: {
        kind: 'breach-investigation',
        id: 'inv-1',
        reference: 'BR-2026-0001',
        title: 'Alex Morgan',
        status: 'UNDER_INVESTIGATION',
        tasks: [],
        timeline: [],
        documents: [],
      },
    },
    [`GET ${BASE}`]: {
      body: { items: evidence.items ?? [SEALED, DESTROYED, DRAFT], mayAdd: evidence.mayAdd ?? true, platforms: PLATFORMS },
    },
    [`GET ${BASE}/custody`]: { body: CUSTODY },
    ...extra,
  }
}

/** @param {HTMLElement} root */
const evidence = (root) =>
  /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Evidence' }).closest('section'))

/** @param {HTMLElement} root @param {number} number */
const post = (root, number) =>
  /** @type {HTMLElement} */ (getByRole(evidence(root), 'heading', { level: 3, name: `Post ${number}` }).closest('li'))

/** @param {HTMLElement} root */
const loaded = (root) => waitFor(() => getByRole(evidence(root), 'heading', { level: 3, name: 'Chain of custody' }))

/** The rows of the table of what the check found. @param {HTMLElement} root */
const checkRows = (root) => {
  const table = [...evidence(root).querySelectorAll('table')].find((t) => text(/** @type {Element} */ (t.caption)) === 'What was checked')
  if (!table) throw new Error('No table of what was checked')
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text))
}

/** @param {Element} item */
function rows(item) {
  return Object.fromEntries(
    [...item.querySelectorAll('.summary-list__row')].map((row) => [
      text(/** @type {Element} */ (row.querySelector('dt'))),
      text(/** @type {Element} */ (row.querySelector('dd'))),
    ]),
  )
}

const png = (name = 'screenshot.png') => new File(['png'], name, { type: 'image/png' })
const pdf = (name = 'thread.pdf') => new File(['%PDF-1.7'], name, { type: 'application/pdf' })

/** @param {HTMLElement} root */
async function fillInPost(root) {
  await loaded(root)
  const section = evidence(root)
  type(getByLabelText(section, 'Where was it posted?'), 'FACEBOOK')
  type(getByLabelText(section, 'Web address of the post (optional)'), ' https://facebook.com/post/9 ')
  type(getByLabelText(section, 'Who posted it'), 'Alex Morgan')
  type(getByLabelText(section, 'When it was posted (optional)'), '2026-11-19T21:15')
  type(getByLabelText(section, 'What the post says (optional)'), 'Threatening words')
  return section
}

describe('EvidenceGallery', () => {
  it('shows each post with its files and fingerprints, what is not sealed yet and what was destroyed', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes())

    await loaded(root)
    const first = post(root, 1)
    expect(text(/** @type {Element} */ (first.querySelector('.evidence__status')))).toBe('Status: Sealed')
    expect(first.querySelector('.tag--green')).toBeTruthy()
    expect(rows(first)).toEqual({
      Platform: 'X (Twitter)',
      'Web address': 'https://x.com/example/status/1',
      'Posted by': '@example',
      Posted: '19 November 2026 at 21:15',
      'What it says': 'You will regret this. I know where you live.',
      Kept: '20 November 2026 at 10:00 by Hana Ross',
      Sealed: '20 November 2026 at 10:05',
    })
    expect(first.querySelector('.pre-line')?.textContent).toBe(SEALED.text)
    expect(getByRole(first, 'link', { name: 'https://x.com/example/status/1' }).getAttribute('rel')).toBe('noopener noreferrer')
    expect(text(/** @type {Element} */ (first.querySelector('.checksum')))).toBe(`Fingerprint of the record (SHA-256): ${sha('a')}`)

    // Screenshots as pictures, each described; PDFs as links; every file with its fingerprint.
    const images = [...first.querySelectorAll('img')]
    expect(images.map((img) => [img.getAttribute('alt'), img.getAttribute('src')])).toEqual([
      ['Screenshot 1 of post 1', `${BASE}/ev-1/files/f-1`],
      ['Screenshot 2 of post 1', `${BASE}/ev-1/files/f-3`],
    ])
    const pdfLink = getByRole(first, 'link', { name: 'thread.pdf' })
    expect(pdfLink.getAttribute('href')).toBe(`${BASE}/ev-1/files/f-2`)
    expect(pdfLink.hasAttribute('download')).toBe(true)
    expect(text(/** @type {Element} */ (pdfLink.parentElement))).toBe('thread.pdf (PDF, 2 kB)')
    expect([...first.querySelectorAll('.evidence__file code')].map((code) => code.textContent)).toEqual([
      sha('b'),
      sha('c'),
      sha('d'),
    ])
    expect(queryAllByRole(first, 'button')).toHaveLength(0)

    const destroyed = post(root, 2)
    expect(destroyed.querySelector('.tag--grey')?.textContent).toBe('Destroyed')
    expect(hasText(destroyed, 'Destroyed on 3 March 2033 at the end of its retention period.')).toBe(true)
    expect(Object.keys(rows(destroyed))).toEqual(['Platform', 'Kept', 'Sealed'])
    expect([...destroyed.querySelectorAll('code')].map((code) => code.textContent)).toEqual([sha('e'), sha('f')])
    expect(text(/** @type {Element} */ (destroyed.querySelector('.evidence__file-name')))).toBe('File 1 (PNG, 1000 bytes)')
    expect(queryAllByRole(destroyed, 'link')).toHaveLength(0)
    expect(destroyed.querySelector('img')).toBeNull()

    const draft = post(root, 3)
    expect(draft.querySelector('.tag--yellow')?.textContent).toBe('Not sealed yet')
    expect(hasText(draft, 'No files.')).toBe(true)
    expect(getByLabelText(draft, 'Add a file to post 3').getAttribute('type')).toBe('file')
    expect(getByRole(draft, 'button', { name: 'Add the file to post 3' })).toBeTruthy()
    expect(getByRole(draft, 'button', { name: 'Seal post 3' })).toBeTruthy()

    const section = evidence(root)
    const bundle = getByRole(section, 'link', { name: 'Download the evidence bundle for a hearing (ZIP)' })
    expect(bundle.getAttribute('href')).toBe(`${BASE}/bundle`)
    expect(getByRole(section, 'button', { name: 'Check the evidence has not changed' })).toBeTruthy()

    const custody = /** @type {HTMLElement} */ (
      getByRole(section, 'heading', { level: 3, name: 'Chain of custody' }).nextElementSibling
    )
    const [header, ...entries] = queryAllByRole(custody, 'row')
    expect([...header.querySelectorAll('th')].map(text)).toEqual(['When', 'Who', 'What', 'Detail'])
    expect(entries.map((row) => [...row.querySelectorAll('td')].map(text))).toEqual([
      ['20 November 2026 at 10:00', 'Hana Ross', 'Post kept as evidence', 'Post 1'],
      ['24 November 2026 at 08:00', 'nia.roberts', 'EVIDENCE_DOWNLOADED', 'post.png'],
    ])
  })

  it('offers nothing to change to someone who may only look', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes({ mayAdd: false }))

    await loaded(root)
    const section = evidence(root)
    expect(queryAllByRole(section, 'heading', { name: 'Add a post' })).toHaveLength(0)
    expect(section.querySelector('input[type="file"]')).toBeNull()
    expect(queryAllByRole(section, 'button', { name: 'Seal post 3' })).toHaveLength(0)
    expect(post(root, 3).querySelector('.tag--yellow')?.textContent).toBe('Not sealed yet')
  })

  it('says when there is no evidence yet', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes({ items: [] }, { [`GET ${BASE}/custody`]: { body: { entries: [] } } }))

    await loaded(root)
    const section = evidence(root)
    expect(hasText(section, 'No posts have been kept as evidence yet.')).toBe(true)
    expect(hasText(section, 'Nothing has been done with the evidence yet.')).toBe(true)
    expect(queryAllByRole(section, 'link', { name: /evidence bundle/ })).toHaveLength(0)
    expect(queryAllByRole(section, 'button', { name: 'Check the evidence has not changed' })).toHaveLength(0)
  })

  it('adds a post in three steps: the record, each file, then the seal', async () => {
    const created = { ...DRAFT, id: 'ev-4', number: 4, platform: 'FACEBOOK', platformLabel: 'Facebook', url: 'https://facebook.com/post/9' }
    const file1 = { id: 'f-5', fileName: 'screenshot.png', mediaType: 'image/png', size: 3, sha256: sha('1') }
    const file2 = { id: 'f-6', fileName: 'thread.pdf', mediaType: 'application/pdf', size: 8, sha256: sha('2') }
    const sealed = { ...created, sealed: true, sealedAt: '2026-11-27T14:06:00Z', recordSha256: sha('3'), files: [file1, file2] }
    const uploads = [file1, file2]
    const { root, calls } = await renderApp('/investigations/inv-1', routes(
      {},
      {
        [`POST ${BASE}`]: { status: 201, body: created },
        [`POST ${BASE}/ev-4/files`]: () => ({ status: 201, body: uploads.shift() }),
        [`POST ${BASE}/ev-4/seal`]: { body: sealed },
      },
    ))

    const section = await fillInPost(root)
    expect(getByRole(section, 'heading', { level: 3, name: 'Add a post' })).toBeTruthy()
    const platform = /** @type {HTMLSelectElement} */ (getByLabelText(section, 'Where was it posted?'))
    expect([...platform.options].map((o) => o.textContent)).toEqual(['Choose a platform', 'X (Twitter)', 'Facebook', 'Instagram'])
    expect(/** @type {HTMLInputElement} */ (getByLabelText(section, 'When it was posted (optional)')).type).toBe('datetime-local')
    const files = /** @type {HTMLInputElement} */ (getByLabelText(section, 'Screenshots or PDFs of the post (optional)'))
    expect(files.multiple).toBe(true)
    chooseFiles(files, [png(), pdf()])
    getByRole(section, 'button', { name: 'Add and seal the post' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'Post 4 has been added and sealed')).toBe(true)

    const posts = calls.filter((c) => c.method === 'POST')
    expect(posts.map((c) => c.path)).toEqual([BASE, `${BASE}/ev-4/files`, `${BASE}/ev-4/files`, `${BASE}/ev-4/seal`])
    expect(posts[0].body).toEqual({
      platform: 'FACEBOOK',
      url: 'https://facebook.com/post/9',
      authorHandle: 'Alex Morgan',
      postedAt: '2026-11-19T21:15',
      text: 'Threatening words',
    })
    expect(posts[1].body).toBeInstanceOf(FormData)
    expect(/** @type {File} */ (posts[1].body.get('file')).name).toBe('screenshot.png')
    expect(/** @type {File} */ (posts[2].body.get('file')).name).toBe('thread.pdf')
    expect(posts[3].rawBody).toBeUndefined()
    expect(posts.every((c) => c.headers.get('X-XSRF-TOKEN') === 'token')).toBe(true)

    const added = post(root, 4)
    expect(added.querySelector('.tag--green')?.textContent).toBe('Sealed')
    expect(text(/** @type {Element} */ (added.querySelector('.checksum')))).toBe(`Fingerprint of the record (SHA-256): ${sha('3')}`)
    // The form is empty again.
    expect(platform.value).toBe('')
    expect(/** @type {HTMLInputElement} */ (getByLabelText(section, 'Web address of the post (optional)')).value).toBe('')
    // The chain of custody is read again.
    await waitFor(() => expect(calls.filter((c) => c.path === `${BASE}/custody`).length).toBeGreaterThan(1))
  })

  it('asks where the post was made and who posted it, and refuses a file over 10 MB, without sending anything', async () => {
    const { root, calls } = await renderApp('/investigations/inv-1', routes())

    await loaded(root)
    const section = evidence(root)
    const big = png('huge.png')
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 })
    chooseFiles(getByLabelText(section, 'Screenshots or PDFs of the post (optional)'), [pdf(), big])
    getByRole(section, 'button', { name: 'Add and seal the post' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select where the post was made', '#evidence-platform'],
      ['Enter who posted it', '#evidence-authorHandle'],
      ['huge.png must be smaller than 10 MB', '#evidence-file'],
    ])
    expect(getByLabelText(section, 'Who posted it').getAttribute('aria-invalid')).toBe('true')
    // The web address, when it was posted and what it says may be left out: a private message has no address.
    expect(getByLabelText(section, 'Web address of the post (optional)').getAttribute('aria-invalid')).toBeNull()
    expect(getByLabelText(section, 'When it was posted (optional)').getAttribute('aria-invalid')).toBeNull()
    expect(getByLabelText(section, 'What the post says (optional)').getAttribute('aria-invalid')).toBeNull()
    await waitFor(() =>
      expect(getByLabelText(section, 'Screenshots or PDFs of the post (optional)').getAttribute('aria-invalid')).toBe('true'),
    )
    expect(getByLabelText(section, 'Where was it posted?').getAttribute('aria-invalid')).toBe('true')
    expect(text(/** @type {Element} */ (document.getElementById('evidence-file-error')))).toBe(
      'Error: huge.png must be smaller than 10 MB',
    )
    expect(getByLabelText(section, 'Screenshots or PDFs of the post (optional)').getAttribute('aria-describedby')).toBe(
      'evidence-file-hint evidence-file-error',
    )
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('adds a post without the optional web address, date and words', async () => {
    const created = { ...DRAFT, id: 'ev-4', number: 4, url: null, text: null }
    const { root, calls } = await renderApp('/investigations/inv-1', routes(
      { items: [] },
      {
        [`POST ${BASE}`]: { status: 201, body: created },
        [`POST ${BASE}/ev-4/seal`]: { body: { ...created, sealed: true, sealedAt: '2026-11-27T14:06:00Z', recordSha256: sha('3') } },
      },
    ))

    await loaded(root)
    const section = evidence(root)
    type(getByLabelText(section, 'Where was it posted?'), 'INSTAGRAM')
    type(getByLabelText(section, 'Web address of the post (optional)'), '   ')
    type(getByLabelText(section, 'Who posted it'), ' @someone ')
    getByRole(section, 'button', { name: 'Add and seal the post' }).click()

    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Post 4 has been added and sealed')).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      platform: 'INSTAGRAM',
      url: null,
      authorHandle: '@someone',
      postedAt: null,
      text: null,
    })
    expect(rows(post(root, 4))['Web address']).toBe('Not given')
    expect(rows(post(root, 4))['What it says']).toBe('Not given')
  })

  it("shows the server's problems with the post by its fields", async () => {
    const { root } = await renderApp('/investigations/inv-1', routes(
      {},
      {
        [`POST ${BASE}`]: problem(400, 'Bad Request', [
          { field: 'url', message: 'Enter a web address starting with https://' },
          { field: 'addPost.postedAt', message: 'The date posted must be in the past' },
        ]),
      },
    ))

    const section = await fillInPost(root)
    getByRole(section, 'button', { name: 'Add and seal the post' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Enter a web address starting with https://', '#evidence-url'],
      ['The date posted must be in the past', '#evidence-postedAt'],
    ])
    await waitFor(() => expect(getByLabelText(section, 'Web address of the post (optional)').getAttribute('aria-invalid')).toBe('true'))
    // Nothing was kept, so what was typed is still there to correct.
    expect(/** @type {HTMLInputElement} */ (getByLabelText(section, 'Web address of the post (optional)')).value).toBe(
      ' https://facebook.com/post/9 ',
    )
  })

  it('keeps a post whose file failed, not sealed, to add the file to and seal', async () => {
    const created = { ...DRAFT, id: 'ev-4', number: 4 }
    const added = { id: 'f-9', fileName: 'again.png', mediaType: 'image/png', size: 3, sha256: sha('9') }
    let attempts = 0
    const { root, calls } = await renderApp('/investigations/inv-1', routes(
      { items: [SEALED] },
      {
        [`POST ${BASE}`]: { status: 201, body: created },
        [`POST ${BASE}/ev-4/files`]: () =>
          ++attempts === 1
            ? badRequest('file', 'The selected file must be a PDF, PNG or JPEG')
            : { status: 201, body: added },
        [`POST ${BASE}/ev-4/seal`]: { body: { ...created, files: [added], sealed: true, sealedAt: '2026-11-27T14:10:00Z', recordSha256: sha('8') } },
      },
    ))

    const section = await fillInPost(root)
    chooseFiles(getByLabelText(section, 'Screenshots or PDFs of the post (optional)'), [png('wrong.gif')])
    getByRole(section, 'button', { name: 'Add and seal the post' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['The selected file must be a PDF, PNG or JPEG', '#evidence-file-ev-4'],
      ['Post 4 has been saved but not sealed. Add any files it still needs, then seal it.', '#evidence-item-ev-4'],
    ])
    expect(calls.some((c) => c.path.endsWith('/seal'))).toBe(false)

    const draft = post(root, 4)
    expect(draft.querySelector('.tag--yellow')?.textContent).toBe('Not sealed yet')
    const input = getByLabelText(draft, 'Add a file to post 4')
    expect(input.id).toBe('evidence-file-ev-4')
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
    expect(hasText(draft, 'Error: The selected file must be a PDF, PNG or JPEG')).toBe(true)
    // The new post's own file box is not the one in error.
    expect(getByLabelText(section, 'Screenshots or PDFs of the post (optional)').getAttribute('aria-invalid')).toBeNull()
    expect(/** @type {HTMLSelectElement} */ (getByLabelText(section, 'Where was it posted?')).value).toBe('')

    // Nothing chosen yet.
    getByRole(draft, 'button', { name: 'Add the file to post 4' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Select a file to add')).toBe(true))

    chooseFiles(input, [png('again.png')])
    getByRole(draft, 'button', { name: 'Add the file to post 4' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'again.png has been added to post 4')).toBe(true))
    expect(getByRole(draft, 'link', { name: 'again.png' })).toBeTruthy()
    expect(draft.querySelector('img')?.getAttribute('alt')).toBe('Screenshot 1 of post 4')

    getByRole(draft, 'button', { name: 'Seal post 4' }).click()
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Post 4 has been sealed')).toBe(true))
    expect(post(root, 4).querySelector('.tag--green')?.textContent).toBe('Sealed')
    expect(queryAllByRole(post(root, 4), 'button')).toHaveLength(0)
  })

  it('says why a post could not be sealed, and keeps it to seal later', async () => {
    const created = { ...DRAFT, id: 'ev-4', number: 4 }
    const { root } = await renderApp('/investigations/inv-1', routes(
      { items: [] },
      {
        [`POST ${BASE}`]: { status: 201, body: created },
        [`POST ${BASE}/ev-4/seal`]: problem(409, 'Conflict', undefined, 'The investigation is closed: no evidence can be sealed'),
      },
    ))

    const section = await fillInPost(root)
    getByRole(section, 'button', { name: 'Add and seal the post' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect([...summary.querySelectorAll('li')].map(text)).toEqual([
      'The investigation is closed: no evidence can be sealed',
      'Post 4 has been saved but not sealed. Add any files it still needs, then seal it.',
    ])
    expect(post(root, 4).querySelector('.tag--yellow')?.textContent).toBe('Not sealed yet')
    expect(getByRole(post(root, 4), 'button', { name: 'Seal post 4' })).toBeTruthy()
  })

  it('checks that the evidence has not changed', async () => {
    const { root, calls } = await renderApp('/investigations/inv-1', routes({}, {
      [`GET ${BASE}/verification`]: {
        body: { checkedAt: '2026-11-27T14:05:00Z', intact: true, items: [{ id: 'ev-1', number: 1, recordIntact: true, files: [] }] },
      },
    }))

    await loaded(root)
    getByRole(evidence(root), 'button', { name: 'Check the evidence has not changed' }).click()
    const panel = await waitFor(() => getByRole(evidence(root), 'alert'))
    expect(text(/** @type {Element} */ (panel.querySelector('.notification-banner__heading')))).toBe(
      'The evidence has not changed since it was sealed',
    )
    expect(hasText(panel, 'Checked on 27 November 2026 at 14:05.')).toBe(true)
    expect(panel.classList.contains('notification-banner--success')).toBe(true)
    expect(hasText(panel, 'Some of it was not checked')).toBe(false)
    expect(checkRows(root)).toEqual([['Post 1', 'The record', 'Matches its fingerprint']])
    expect(calls.filter((c) => c.path === `${BASE}/verification`)).toHaveLength(1)
  })

  it('names the records and files that do not match their fingerprints', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes({}, {
      [`GET ${BASE}/verification`]: {
        body: {
          checkedAt: '2026-11-27T14:05:00Z',
          intact: false,
          items: [
            { id: 'ev-1', number: 1, recordIntact: false, files: [{ id: 'f-1', intact: true }, { id: 'f-2', intact: false }] },
            { id: 'ev-2', number: 2, recordIntact: true, files: [{ id: 'f-4', intact: false }] },
            { id: 'ev-3', number: 3, recordIntact: null, files: [] },
          ],
        },
      },
    }))

    await loaded(root)
    getByRole(evidence(root), 'button', { name: 'Check the evidence has not changed' }).click()
    const panel = await waitFor(() => getByRole(evidence(root), 'alert'))
    expect(panel.classList.contains('error-panel')).toBe(true)
    expect(hasText(panel, 'Some of the evidence has changed')).toBe(true)
    expect([...panel.querySelectorAll('li')].map(text)).toEqual([
      'Post 1: the record does not match its fingerprint',
      'Post 1: thread.pdf does not match its fingerprint',
      'Post 2: file 1 does not match its fingerprint',
    ])
    // What was not checked is not a mismatch.
    expect(checkRows(root).slice(-1)).toEqual([['Post 3', 'The record', 'Not checked: not sealed yet']])
  })

  it('says what was not checked because it is not sealed yet or has been destroyed, rather than that it matches', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes({}, {
      [`GET ${BASE}/verification`]: {
        body: {
          checkedAt: '2026-11-27T14:05:00Z',
          intact: true,
          items: [
            {
              id: 'ev-1',
              number: 1,
              recordIntact: true,
              files: [{ id: 'f-1', intact: true }, { id: 'f-2', intact: true }, { id: 'f-3', intact: true }],
            },
            { id: 'ev-2', number: 2, recordIntact: null, files: [{ id: 'f-4', intact: null }] },
            { id: 'ev-3', number: 3, recordIntact: null, files: [] },
          ],
        },
      },
    }))

    await loaded(root)
    getByRole(evidence(root), 'button', { name: 'Check the evidence has not changed' }).click()
    const panel = await waitFor(() => getByRole(evidence(root), 'alert'))
    expect(panel.classList.contains('notification-banner--success')).toBe(true)
    expect(text(/** @type {Element} */ (panel.querySelector('.notification-banner__heading')))).toBe(
      'The evidence checked has not changed since it was sealed',
    )
    expect(hasText(panel, 'Some of it was not checked, because it is not sealed yet or has been destroyed.')).toBe(true)
    expect(checkRows(root)).toEqual([
      ['Post 1', 'The record', 'Matches its fingerprint'],
      ['Post 1', 'post.png', 'Matches its fingerprint'],
      ['Post 1', 'thread.pdf', 'Matches its fingerprint'],
      ['Post 1', 'reply.jpg', 'Matches its fingerprint'],
      ['Post 2', 'The record', 'Not checked: destroyed'],
      ['Post 2', 'File 1', 'Not checked: destroyed'],
      ['Post 3', 'The record', 'Not checked: not sealed yet'],
    ])
  })

  it('does not say the evidence is unchanged when none of it could be checked', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes({ items: [DESTROYED, DRAFT] }, {
      [`GET ${BASE}/verification`]: {
        body: {
          checkedAt: '2026-11-27T14:05:00Z',
          intact: true,
          items: [
            { id: 'ev-3', number: 3, recordIntact: null, files: [] },
            { id: 'ev-2', number: 2, recordIntact: null, files: [{ id: 'f-4', intact: null }] },
          ],
        },
      },
    }))

    await loaded(root)
    getByRole(evidence(root), 'button', { name: 'Check the evidence has not changed' }).click()
    const panel = await waitFor(() => getByRole(evidence(root), 'alert'))
    expect(panel.classList.contains('notification-banner--success')).toBe(false)
    expect(text(/** @type {Element} */ (panel.querySelector('.notification-banner__heading')))).toBe(
      'None of the evidence could be checked',
    )
    expect(hasText(evidence(root), 'has not changed since it was sealed')).toBe(false)
    expect(checkRows(root)).toEqual([
      ['Post 2', 'The record', 'Not checked: destroyed'],
      ['Post 2', 'File 1', 'Not checked: destroyed'],
      ['Post 3', 'The record', 'Not checked: not sealed yet'],
    ])
  })

  it('says when the evidence cannot be shown', async () => {
    const { root } = await renderApp('/investigations/inv-1', routes({}, { [`GET ${BASE}`]: problem(500, 'Internal Server Error') }))

    await waitFor(() => expect(hasText(evidence(root), 'Sorry, the evidence could not be shown. Try again later.')).toBe(true))
    expect(queryAllByRole(evidence(root), 'button')).toHaveLength(0)
  })
})
