import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseFiles, tick, type } from '../../test/actions.js'
import { COUNCILLOR, MONITORING_OFFICER, problem } from '../../test/fakeFetch.js'
import { accessibleName, getByLabelText, getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const PLATFORMS = [
  { value: 'X_TWITTER', label: 'X (Twitter)' },
  { value: 'FACEBOOK', label: 'Facebook' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'OTHER', label: 'Somewhere else' },
]

const MEMBERS = [
  { username: 'cllr.jones', displayName: 'Councillor Jones' },
  { username: 'cllr.khan', displayName: 'Councillor Khan' },
]

const CREATED = {
  id: 'h-1',
  reference: 'HR-2026-0001',
  status: 'REPORTED',
  statusLabel: 'Reported',
  reportedAt: '2026-11-27T14:05:00Z',
  immediateDanger: false,
}

const EVIDENCE = '/api/cases/member-harassment-report/h-1/evidence'
const ITEM = { id: 'ev-1', number: 1, sealed: false, files: [] }

/** @param {any} user @param {Record<string, any>} [extra] */
function routes(user, extra = {}) {
  return {
    'GET /api/me': { body: user },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'GET /api/harassment-reports/options': {
      body: { platforms: PLATFORMS, members: user === MONITORING_OFFICER ? MEMBERS : [] },
    },
    ...extra,
  }
}

const png = (name = 'screenshot.png') => new File(['png'], name, { type: 'image/png' })
const pdf = (name = 'messages.pdf') => new File(['%PDF-1.7'], name, { type: 'application/pdf' })

/** @param {HTMLElement} root */
const form = (root) => waitFor(() => getByRole(root, 'button', { name: 'Send report' }))

/** @param {HTMLElement} root @param {string} legend @param {string} label */
const choose = (root, legend, label) => tick(getByLabelText(getByRole(root, 'group', { name: legend }), label))

/** Fills in what a councillor must, and a link. @param {HTMLElement} root */
async function fillIn(root) {
  await form(root)
  choose(root, 'Where did it happen?', 'X (Twitter)')
  type(getByLabelText(root, 'Which accounts or people?'), '  @troll123 \n\n @another_account \n')
  type(getByLabelText(root, 'What happened?'), '  Said they know where I live.  ')
  type(getByLabelText(root, 'Links to the posts (optional)'), ' https://x.com/troll123/status/1 \n\nhttps://x.com/troll123/status/2\n')
  choose(root, 'Should we tell your political group leader?', 'No')
  choose(root, 'Have you already told the police?', 'No')
}

/** @param {HTMLElement} root */
const send = (root) => getByRole(root, 'button', { name: 'Send report' }).click()

/** @param {HTMLElement} root */
const confirmation = (root) => waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Report sent' }))

/** The report is made, and its screenshots kept as one sealed post of evidence. */
const SENT_AND_SEALED = {
  'POST /api/harassment-reports': { status: 201, body: CREATED },
  [`POST ${EVIDENCE}`]: { status: 201, body: ITEM },
  [`POST ${EVIDENCE}/ev-1/files`]: { status: 201, body: { id: 'f-1' } },
  [`POST ${EVIDENCE}/ev-1/seal`]: { body: { ...ITEM, sealed: true } },
}

describe('ReportHarassmentView', () => {
  it('asks first whether the councillor is in danger, then a few short questions, one a screen width', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR))

    await form(root)
    expectTitled(root, 'Report harassment')
    expect(
      hasText(
        root,
        'You can report online abuse or harassment you have received as a councillor. Only you and the Monitoring Officer will see this report.',
      ),
    ).toBe(true)

    const formEl = /** @type {HTMLFormElement} */ (root.querySelector('main form'))
    const controls = [...formEl.querySelectorAll('input, select, textarea, button')]
    // Immediate danger is the first thing asked.
    expect(controls[0]).toBe(getByLabelText(root, 'I feel in immediate danger'))
    expect(/** @type {HTMLInputElement} */ (controls[0]).type).toBe('checkbox')
    // A councillor reports for themselves: no one to choose.
    expect(queryAllByRole(root, 'combobox')).toHaveLength(0)
    expect(queryAllByRole(formEl, 'group').map(accessibleName)).toEqual([
      'Your safety',
      'Where did it happen?',
      'Should we tell your political group leader?',
      'Have you already told the police?',
    ])
    const platforms = getByRole(root, 'group', { name: 'Where did it happen?' })
    expect(queryAllByRole(platforms, 'radio').map((r) => [accessibleName(r), /** @type {HTMLInputElement} */ (r).value])).toEqual([
      ['X (Twitter)', 'X_TWITTER'],
      ['Facebook', 'FACEBOOK'],
      ['Email', 'EMAIL'],
      ['Somewhere else', 'OTHER'],
    ])
    expect(getByLabelText(root, 'Which accounts or people?').tagName).toBe('TEXTAREA')
    expect(getByLabelText(root, 'What happened?').tagName).toBe('TEXTAREA')
    expect(getByLabelText(root, 'Links to the posts (optional)').tagName).toBe('TEXTAREA')
    const files = /** @type {HTMLInputElement} */ (getByLabelText(root, 'Screenshots (optional)'))
    expect(files.type).toBe('file')
    expect(files.multiple).toBe(true)
    expect(files.accept).toBe('.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg')
    expect(text(/** @type {Element} */ (document.getElementById('screenshots-hint')))).toBe(
      'PDF, PNG or JPEG, each smaller than 10 MB. You can choose more than one.',
    )
    // The crime reference is asked only of someone who has told the police.
    expect(queryAllByRole(root, 'textbox', { name: 'Crime reference number (optional)' })).toHaveLength(0)
    choose(root, 'Have you already told the police?', 'Yes')
    const crime = await waitFor(() => getByLabelText(root, 'Crime reference number (optional)'))
    expect(crime.closest('.radios__conditional')).toBeTruthy()
    choose(root, 'Have you already told the police?', 'No')
    await waitFor(() => expect(queryAllByRole(root, 'textbox', { name: 'Crime reference number (optional)' })).toHaveLength(0))
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('says at once, before anything is sent, to call 999 when the councillor feels in immediate danger', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR))

    await form(root)
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
    expect(hasText(root, 'call 999')).toBe(false)

    tick(getByLabelText(root, 'I feel in immediate danger'))
    const warning = await waitFor(() => getByRole(root, 'alert'))
    expect(warning.classList.contains('warning-text')).toBe(true)
    // Screen readers are told it is a warning; the "!" is only seen.
    expect(text(/** @type {Element} */ (warning.querySelector('.warning-text__text')))).toBe(
      'Warning: If you are in immediate danger, call 999 now. Then finish this report so the Monitoring Officer can help: they will be alerted straight away.',
    )
    expect(warning.querySelector('.warning-text__icon')?.getAttribute('aria-hidden')).toBe('true')
    // On a phone, one tap calls 999.
    expect(getByRole(warning, 'link', { name: 'call 999' }).getAttribute('href')).toBe('tel:999')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    tick(getByLabelText(root, 'I feel in immediate danger'), false)
    await waitFor(() => expect(queryAllByRole(root, 'alert')).toHaveLength(0))
  })

  it('says what is missing, in the order asked, before sending anything', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR))

    await form(root)
    send(root)
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Select where it happened', '#platform'],
      ['Enter the accounts or people', '#offendingAccounts'],
      ['Enter what happened', '#description'],
      ['Select yes if we should tell your political group leader', '#informGroupLeader'],
      ['Select yes if you have already told the police', '#policeTold'],
    ])
    await waitFor(() => expect(document.activeElement).toBe(summary))
    expect(document.title).toBe('Error: Report harassment – SocialGov')
    expect(getByLabelText(root, 'What happened?').getAttribute('aria-invalid')).toBe('true')
    expect(text(/** @type {Element} */ (document.getElementById('informGroupLeader-error')))).toBe(
      'Error: Select yes if we should tell your political group leader',
    )
    // The links and screenshots may be left out.
    expect(getByLabelText(root, 'Links to the posts (optional)').getAttribute('aria-invalid')).toBeNull()
    expect(getByLabelText(root, 'Screenshots (optional)').getAttribute('aria-invalid')).toBeNull()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('refuses a screenshot that is too big or not a PDF, PNG or JPEG, before sending anything', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR))

    await fillIn(root)
    const big = png('huge.png')
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 })
    const input = getByLabelText(root, 'Screenshots (optional)')
    chooseFiles(input, [pdf(), big, new File(['x'], 'notes.docx', { type: 'application/msword' })])
    send(root)

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['huge.png must be smaller than 10 MB', '#screenshots'],
      ['notes.docx must be a PDF, PNG or JPEG', '#screenshots'],
    ])
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
    expect(input.getAttribute('aria-describedby')).toBe('screenshots-hint screenshots-error')

    chooseFiles(input, [big])
    send(root)
    await waitFor(() =>
      expect(queryAllByRole(getByRole(root, 'alert'), 'link').map(text)).toEqual(['The selected file must be smaller than 10 MB']),
    )
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('sends the report and says the Monitoring Officer will be in touch within 2 working days', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, { 'POST /api/harassment-reports': { status: 201, body: CREATED } }))

    await fillIn(root)
    choose(root, 'Should we tell your political group leader?', 'Yes')
    send(root)

    const heading = await confirmation(root)
    const panel = /** @type {HTMLElement} */ (heading.closest('.panel'))
    expect(text(panel)).toBe('Report sent Your reference is HR-2026-0001')
    await waitFor(() => expect(document.activeElement).toBe(panel))
    expect(hasText(root, 'The Monitoring Officer will contact you within 2 working days.')).toBe(true)
    expect(hasText(root, 'call 999')).toBe(false)
    expect(getByRole(root, 'link', { name: 'See your report' }).getAttribute('href')).toBe('/harassment/h-1')
    // The form has gone: the report is not sent twice.
    expect(queryAllByRole(root, 'button', { name: 'Send report' })).toHaveLength(0)

    const posts = calls.filter((c) => c.method === 'POST')
    expect(posts.map((c) => c.path)).toEqual(['/api/harassment-reports'])
    expect(posts[0].headers.get('X-XSRF-TOKEN')).toBe('token')
    // No councillor is named: it is for the person reporting. No crime reference without the police.
    expect(posts[0].body).toEqual({
      platform: 'X_TWITTER',
      offendingAccounts: '@troll123\n@another_account',
      description: 'Said they know where I live.',
      postLinks: ['https://x.com/troll123/status/1', 'https://x.com/troll123/status/2'],
      immediateDanger: false,
      informGroupLeader: true,
      policeTold: false,
    })
  })

  it('repeats the 999 guidance on the confirmation when the councillor feels in immediate danger', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, {
      'POST /api/harassment-reports': { status: 201, body: { ...CREATED, status: 'URGENT', immediateDanger: true } },
    }))

    await fillIn(root)
    tick(getByLabelText(root, 'I feel in immediate danger'))
    choose(root, 'Have you already told the police?', 'Yes')
    type(await waitFor(() => getByLabelText(root, 'Crime reference number (optional)')), ' CR/1234/26 ')
    send(root)

    await confirmation(root)
    const warning = /** @type {HTMLElement} */ (root.querySelector('main .warning-text'))
    expect(text(/** @type {Element} */ (warning.querySelector('.warning-text__text')))).toBe(
      'Warning: If you are in immediate danger, call 999 now.',
    )
    expect(getByRole(warning, 'link', { name: 'call 999' }).getAttribute('href')).toBe('tel:999')
    // Straight after the reference, before anything else.
    expect(root.querySelector('main .panel')?.nextElementSibling).toBe(warning)
    expect(hasText(root, 'The Monitoring Officer has been alerted straight away.')).toBe(true)
    expect(hasText(root, 'within 2 working days')).toBe(false)

    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      immediateDanger: true,
      policeTold: true,
      crimeReference: 'CR/1234/26',
    })
  })

  it('does not send a crime reference typed before saying the police have not been told', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, { 'POST /api/harassment-reports': { status: 201, body: CREATED } }))

    await fillIn(root)
    choose(root, 'Have you already told the police?', 'Yes')
    type(await waitFor(() => getByLabelText(root, 'Crime reference number (optional)')), 'CR/1234/26')
    choose(root, 'Have you already told the police?', 'No')
    send(root)

    await confirmation(root)
    const body = calls.find((c) => c.method === 'POST')?.body
    expect(body.policeTold).toBe(false)
    expect(Object.keys(body)).not.toContain('crimeReference')
  })

  it('keeps the screenshots as one sealed post of evidence on the report', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, SENT_AND_SEALED))

    await fillIn(root)
    chooseFiles(getByLabelText(root, 'Screenshots (optional)'), [png(), pdf()])
    send(root)

    await confirmation(root)
    expect(hasText(root, 'The screenshots have been kept with the report.')).toBe(true)
    const posts = calls.filter((c) => c.method === 'POST')
    expect(posts.map((c) => c.path)).toEqual([
      '/api/harassment-reports',
      EVIDENCE,
      `${EVIDENCE}/ev-1/files`,
      `${EVIDENCE}/ev-1/files`,
      `${EVIDENCE}/ev-1/seal`,
    ])
    // The first link and the first account name the post.
    expect(posts[1].body).toEqual({
      platform: 'X_TWITTER',
      url: 'https://x.com/troll123/status/1',
      authorHandle: '@troll123',
      text: null,
    })
    expect(/** @type {File} */ (posts[2].body.get('file')).name).toBe('screenshot.png')
    expect(/** @type {File} */ (posts[3].body.get('file')).name).toBe('messages.pdf')
    expect(posts.every((c) => c.headers.get('X-XSRF-TOKEN') === 'token')).toBe(true)
  })

  it('keeps screenshots of a private message, which has no link, without a web address', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, SENT_AND_SEALED))

    await fillIn(root)
    type(getByLabelText(root, 'Links to the posts (optional)'), '  \n')
    chooseFiles(getByLabelText(root, 'Screenshots (optional)'), [png()])
    send(root)

    await confirmation(root)
    const posts = calls.filter((c) => c.method === 'POST')
    expect(posts[0].body.postLinks).toEqual([])
    expect(posts[1].body).toEqual({ platform: 'X_TWITTER', authorHandle: '@troll123', text: null })
  })

  it('says calmly that the report was made when the screenshots could not be kept, and where to add them', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, {
      'POST /api/harassment-reports': { status: 201, body: CREATED },
      [`POST ${EVIDENCE}`]: { status: 201, body: ITEM },
      [`POST ${EVIDENCE}/ev-1/files`]: problem(503, 'Service Unavailable'),
    }))

    await fillIn(root)
    chooseFiles(getByLabelText(root, 'Screenshots (optional)'), [png(), pdf()])
    send(root)

    await confirmation(root)
    expect(
      hasText(
        root,
        "The report has been sent, but the screenshots could not be added to it. You can add them on the report's page.",
      ),
    ).toBe(true)
    expect(getByRole(root, 'link', { name: "add them on the report's page" }).getAttribute('href')).toBe('/harassment/h-1')
    expect(hasText(root, 'The Monitoring Officer will contact you within 2 working days.')).toBe(true)
    // No error summary: the report itself was made.
    expect(hasText(root, 'There is a problem')).toBe(false)
    expect(document.title).toBe('Report harassment – SocialGov')
    // It stopped at the failure, and did not seal the post.
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/harassment-reports',
      EVIDENCE,
      `${EVIDENCE}/ev-1/files`,
    ])
  })

  it('lets the Monitoring Officer report for a councillor, asking about them rather than "you"', async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(MONITORING_OFFICER, { 'POST /api/harassment-reports': { status: 201, body: CREATED } }))

    await form(root)
    const formEl = /** @type {HTMLFormElement} */ (root.querySelector('main form'))
    const councillor = /** @type {HTMLSelectElement} */ (getByLabelText(root, 'Which councillor is this for?'))
    expect([...councillor.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose a councillor'],
      ['cllr.jones', 'Councillor Jones'],
      ['cllr.khan', 'Councillor Khan'],
    ])
    const controls = [...formEl.querySelectorAll('input, select, textarea')]
    // Still danger first; then whom it is for, then where.
    expect(controls.indexOf(councillor)).toBe(1)
    expect(getByLabelText(root, 'The councillor feels in immediate danger')).toBe(controls[0])
    expect(queryAllByRole(formEl, 'group').map(accessibleName)).toEqual([
      'Your safety',
      'Where did it happen?',
      "Should we tell the councillor's political group leader?",
      'Has the councillor already told the police?',
    ])

    send(root)
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link')[0].textContent).toBe('Select the councillor this report is for')
    expect(queryAllByRole(summary, 'link')[0].getAttribute('href')).toBe('#member')

    type(councillor, 'cllr.khan')
    choose(root, 'Where did it happen?', 'Email')
    type(getByLabelText(root, 'Which accounts or people?'), 'angry.resident@example.com')
    type(getByLabelText(root, 'What happened?'), 'Threatening emails every day this week')
    choose(root, "Should we tell the councillor's political group leader?", 'No')
    choose(root, 'Has the councillor already told the police?', 'No')
    send(root)

    await confirmation(root)
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      member: 'cllr.khan',
      platform: 'EMAIL',
      offendingAccounts: 'angry.resident@example.com',
      description: 'Threatening emails every day this week',
      postLinks: [],
      immediateDanger: false,
      informGroupLeader: false,
      policeTold: false,
    })
    expect(hasText(root, 'within 2 working days')).toBe(false)
    expect(getByRole(root, 'link', { name: 'Open the report' }).getAttribute('href')).toBe('/harassment/h-1')
  })

  it('offers the councillors whether the server names them as people or as choices', async () => {
    const { root } = await renderApp('/harassment/new', routes(MONITORING_OFFICER, {
      'GET /api/harassment-reports/options': {
        body: { platforms: PLATFORMS, members: [{ value: 'cllr.jones', label: 'Councillor Jones' }] },
      },
    }))

    const councillor = /** @type {HTMLSelectElement} */ (await waitFor(() => getByLabelText(root, 'Which councillor is this for?')))
    expect([...councillor.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose a councillor'],
      ['cllr.jones', 'Councillor Jones'],
    ])
  })

  it("shows the server's problems by the fields, saying which link is wrong, and keeps what was typed", async () => {
    const { root, calls } = await renderApp('/harassment/new', routes(COUNCILLOR, {
      'POST /api/harassment-reports': problem(400, 'Bad Request', [
        { field: 'postLinks[1]', message: 'Enter a web address starting with https://' },
        { field: 'description', message: 'What happened must be 10,000 characters or fewer' },
      ]),
    }))

    await fillIn(root)
    chooseFiles(getByLabelText(root, 'Screenshots (optional)'), [png()])
    send(root)

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Link 2: Enter a web address starting with https://', '#postLinks'],
      ['What happened must be 10,000 characters or fewer', '#description'],
    ])
    await waitFor(() => expect(getByLabelText(root, 'Links to the posts (optional)').getAttribute('aria-invalid')).toBe('true'))
    expect(/** @type {HTMLTextAreaElement} */ (getByLabelText(root, 'What happened?')).value).toBe('  Said they know where I live.  ')
    // Nothing was made, so no evidence was sent.
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/harassment-reports'])
    expect(hasText(root, 'Report sent')).toBe(false)
  })

  it('says when the form cannot be shown, and still says to call 999 in an emergency', async () => {
    const { root } = await renderApp('/harassment/new', routes(COUNCILLOR, { 'GET /api/harassment-reports/options': problem(503, 'Service Unavailable') }))

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Service Unavailable')).toBe(true)
    expect(queryAllByRole(root, 'button', { name: 'Send report' })).toHaveLength(0)
    expect(getByRole(root, 'link', { name: 'call 999' }).getAttribute('href')).toBe('tel:999')
  })

  it('is only for councillors and the Monitoring Officer', async () => {
    const staff = { username: 'priya.shah', displayName: 'Priya Shah', groups: ['staff'] }
    const { root, calls } = await renderApp('/harassment/new', routes(staff))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
    expect(calls.some((c) => c.path === '/api/harassment-reports/options')).toBe(false)
  })

  it('fits a 375px phone screen: nothing in the form is set wider, and the fields fill the width', async () => {
    // The app's own styles, as the browser has them (the test runner does not load CSS itself).
    const style = document.createElement('style')
    style.textContent = readFileSync(resolve(__dirname, '../../styles.css'), 'utf8')
    document.head.append(style)
    try {
      const { root } = await renderApp('/harassment/new', routes(MONITORING_OFFICER))

      await form(root)
      tick(getByLabelText(root, 'The councillor feels in immediate danger'))
      choose(root, 'Has the councillor already told the police?', 'Yes')
      await waitFor(() => getByLabelText(root, 'Crime reference number (optional)'))

      const main = /** @type {HTMLElement} */ (root.querySelector('main'))
      /** A length in px, reading em and rem as the body's 19px text. @param {string} value */
      const px = (value) => {
        const match = /^(-?[\d.]+)(px|r?em)$/.exec(value)
        if (!match) return 0
        return Number(match[1]) * (match[2] === 'px' ? 1 : 19)
      }
      const tooWide = [...main.querySelectorAll('*')].flatMap((el) => {
        const style = getComputedStyle(el)
        return ['width', 'min-width', 'flex-basis']
          .filter((property) => px(style.getPropertyValue(property)) > 375)
          .map((property) => `${el.tagName.toLowerCase()}.${el.className} ${property}: ${style.getPropertyValue(property)}`)
      })
      expect(tooWide).toEqual([])

      for (const field of main.querySelectorAll('textarea, select, input[type="file"]')) {
        expect(getComputedStyle(field).maxWidth, field.id).toBe('100%')
      }
      for (const field of main.querySelectorAll('textarea, input[type="file"]')) {
        expect(getComputedStyle(field).width, field.id).toBe('100%')
      }
      // One column: no answers side by side.
      expect(main.querySelectorAll('.radios--inline')).toHaveLength(0)
      // The whole row of each answer can be tapped.
      for (const label of main.querySelectorAll('.radios__label, .checkboxes__label')) {
        expect(getComputedStyle(label).paddingTop, label.textContent ?? '').toBe('10px')
      }
    } finally {
      style.remove()
    }
  })
})
