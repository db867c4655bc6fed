// Breach investigations in a real browser: HR runs an employee case and the Monitoring Officer a
// councillor's case from report to closure, with evidence kept and checked, and axe on every page.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startApplication } from '../support/app.mjs'
import { launchBrowser, openPage, signIn } from '../support/browser.mjs'
import { PNG, expectAccessible, openTask, submitTask } from '../support/steps.mjs'

let app
let browser

before(async () => {
  app = await startApplication()
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await app?.stop()
})

/** A date some days ahead, typed as a UK user types it (dd/mm/yyyy). */
function ukDateIn(days) {
  const date = new Date(Date.now() + days * 86_400_000)
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`
}

async function fillDate(page, label, value) {
  await page.getByLabel(label).fill(value)
  await page.getByLabel(label).press('Tab')
}

/** Reports a suspected breach from the report form and returns its reference. */
async function report(page, { kind, person, clause, description }) {
  await page.getByRole('link', { name: 'Report a breach' }).click()
  await page.getByRole('heading', { level: 1, name: 'Report a suspected breach of the social media policy' }).waitFor()
  await page.getByRole('radio', { name: kind }).check()
  await page.getByLabel(kind === 'An employee' ? 'Which employee is it about?' : 'Which councillor is it about?').selectOption(person)
  await page.getByLabel(clause).check()
  await page.getByLabel('What happened?').fill(description)
  await page.getByLabel('Links to the posts (optional)').fill('https://x.com/example/status/7001')
  await page.getByRole('button', { name: 'Send report' }).click()
  await page.getByRole('heading', { name: 'Report sent' }).waitFor()
  return (await page.getByText(/BI-\d{4}-\d{4}/).first().textContent()).match(/BI-\d{4}-\d{4}/)[0]
}

/** Opens a case from the investigations list. */
async function openCase(page, reference) {
  await page.getByRole('link', { name: 'Investigations', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Investigations' }).waitFor()
  await page.getByRole('link', { name: reference }).click()
  await page.getByRole('heading', { level: 1, name: /^Breach investigation \((employee|councillor)\)$/ }).waitFor()
  await page.getByText(`Breach investigation ${reference}`).waitFor()
}

describe('a breach investigation about an employee', () => {
  it('is reported, given evidence, triaged, investigated and decided by HR, then goes on the retention schedule', async () => {
    const reporter = await openPage(browser)
    await signIn(reporter.page, app.baseUrl, 'sam.patel')
    await reporter.page.getByRole('link', { name: 'Report a breach' }).click()
    await reporter.page.getByRole('heading', { level: 1, name: 'Report a suspected breach of the social media policy' }).waitFor()
    await expectAccessible(reporter.page, reporter.problems, 'the report form')
    const reference = await report(reporter.page, {
      kind: 'An employee', person: 'jo.evans', clause: /Abusive or threatening behaviour/,
      description: 'Jo replied to a resident with threats on X last night',
    })
    await reporter.page.getByRole('row').filter({ hasText: reference }).getByText('Reported: being looked at').waitFor()
    await expectAccessible(reporter.page, reporter.problems, 'the report form after sending, with your reports')

    const hr = await openPage(browser)
    await signIn(hr.page, app.baseUrl, 'helen.carter')
    await hr.page.getByRole('link', { name: 'Investigations', exact: true }).click()
    await hr.page.getByRole('heading', { level: 1, name: 'Investigations' }).waitFor()
    await hr.page.getByRole('link', { name: reference }).waitFor()
    await expectAccessible(hr.page, hr.problems, 'the investigations list')
    await openCase(hr.page, reference)
    await hr.page.getByText('Jo replied to a resident with threats on X last night').waitFor()

    await hr.page.getByLabel('Where was it posted?').selectOption('X_TWITTER')
    await hr.page.getByLabel('Web address of the post').fill('https://x.com/jo_private/status/7001')
    await hr.page.getByLabel('Who posted it').fill('@jo_private')
    await hr.page.getByLabel('What the post says (optional)').fill('You will regret complaining about the bins')
    await hr.page.locator('#evidence-file').setInputFiles({ name: 'reply.png', mimeType: 'image/png', buffer: PNG })
    await hr.page.getByRole('button', { name: 'Add and seal the post' }).click()
    await hr.page.getByText('You will regret complaining about the bins').first().waitFor()
    // The post shows as soon as it is saved; its file and seal follow. Check only once it is sealed,
    // or the check rightly says nothing sealed was checked.
    await hr.page.getByText('Post 1 has been added and sealed').waitFor()
    await hr.page.getByRole('button', { name: 'Check the evidence has not changed' }).click()
    // the check's own banner: the one saying the post was added may still be on the page
    await hr.page.locator('[aria-labelledby="evidence-check-title"]').filter({ hasText: 'Success' }).waitFor()
    await hr.page.getByRole('cell', { name: 'Post sealed' }).first().waitFor()
    await expectAccessible(hr.page, hr.problems, 'the case page with sealed evidence and its chain of custody')

    await hr.page.goto(`${app.baseUrl}/tasks`)
    await openTask(hr.page, reference, 'Triage the report', /My groups' unclaimed tasks/)
    await expectAccessible(hr.page, hr.problems, 'the triage task')
    await hr.page.getByRole('radio', { name: 'Formal investigation: appoint an investigator' }).check()
    await hr.page.getByLabel('Why?').fill('Threats to a resident need the facts established')
    await hr.page.getByLabel('Username of the investigator').fill('priya.shah')
    await fillDate(hr.page, 'Date the investigation report is due', ukDateIn(21))
    await hr.page.getByLabel(/I have told the employee in writing what is alleged/).check()
    await submitTask(hr.page)

    const investigator = await openPage(browser)
    await signIn(investigator.page, app.baseUrl, 'priya.shah')
    await openTask(investigator.page, reference, 'Investigate and report')
    await investigator.page.getByText('Jo replied to a resident with threats on X last night').first().waitFor()
    await expectAccessible(investigator.page, investigator.problems, 'the investigation task')
    await investigator.page.getByLabel('Your findings').fill('Jo sent the reply; she accepts it was a threat')
    await investigator.page.getByLabel('Remedial actions taken or asked for').fill('Jo deleted the reply on the day')
    await submitTask(investigator.page)
    await investigator.close()

    await openTask(hr.page, reference, 'Decide the outcome', /My groups' unclaimed tasks/)
    await hr.page.getByText('Jo sent the reply; she accepts it was a threat').first().waitFor()
    await expectAccessible(hr.page, hr.problems, 'the outcome task')
    await hr.page.getByRole('radio', { name: 'Formal disciplinary action under the Disciplinary Procedure' }).check()
    await hr.page.getByLabel('Disciplinary Procedure reference').fill('DP-2026-031')
    await hr.page.getByLabel('Reasons and what happens now').fill('A final written warning')
    await hr.page.getByLabel(/I have told the employee of the outcome in writing/).check()
    await submitTask(hr.page)

    await openCase(hr.page, reference)
    await hr.page.getByText('Formal disciplinary action: 6 years after closure', { exact: true }).waitFor()
    assert.equal(await hr.page.getByRole('button', { name: 'Add and seal the post' }).count(), 0, 'a closed case takes no more evidence')
    await expectAccessible(hr.page, hr.problems, 'a closed employee case')
    await hr.close()

    await reporter.page.reload()
    await reporter.page.getByRole('row').filter({ hasText: reference }).getByText('Closed').waitFor()
    await reporter.page.goto(`${app.baseUrl}/investigations`)
    assert.equal(await reporter.page.getByRole('link', { name: reference }).count(), 0, 'the reporter sees only the status')
    await reporter.close()

    const informationManager = await openPage(browser)
    await signIn(informationManager.page, app.baseUrl, 'mark.wilson')
    await informationManager.page.getByRole('link', { name: 'Retention', exact: true }).click()
    await informationManager.page.getByRole('heading', { level: 1, name: 'Retention' }).first().waitFor()
    await informationManager.page.getByRole('row').filter({ hasText: reference }).getByText('Kept until its disposal date').waitFor()
    await expectAccessible(informationManager.page, informationManager.problems, 'the retention schedule')

    // The person the case is about asks for their data: the Information Manager finds the case.
    await informationManager.page.getByRole('link', { name: 'Subject access', exact: true }).click()
    await informationManager.page.getByRole('heading', { level: 1, name: 'Subject access request' }).waitFor()
    await informationManager.page.getByLabel('Username of the person asking').fill('jo.evans')
    await informationManager.page.getByRole('button', { name: 'Search' }).click()
    await informationManager.page.getByRole('heading', { level: 3, name: `Breach investigation ${reference}` }).waitFor()
    await expectAccessible(informationManager.page, informationManager.problems, 'a subject access request with what is held')
    await informationManager.close()
  })
})

describe('a breach investigation about a councillor', () => {
  it('is assessed, investigated, given the Independent Person\'s view and heard by the Standards Committee', async () => {
    const member = await openPage(browser)
    await signIn(member.page, app.baseUrl, 'cllr.begum')
    const reference = await report(member.page, {
      kind: 'A councillor', person: 'cllr.jones', clause: /Bringing the council into disrepute/,
      description: 'Councillor Jones called residents of one ward "parasites" on Facebook',
    })
    await member.close()

    const monitoringOfficer = await openPage(browser)
    const mo = monitoringOfficer.page
    await signIn(mo, app.baseUrl, 'david.okafor')
    await openTask(mo, reference, 'Make the initial assessment', /My groups' unclaimed tasks/)
    await expectAccessible(mo, monitoringOfficer.problems, 'the initial assessment task')
    await mo.getByRole('radio', { name: 'Formal investigation: appoint an investigator' }).check()
    await mo.getByLabel('Reasons for your assessment').fill('A possible breach of the Code: the facts need establishing')
    await mo.getByLabel('Username of the investigator').fill('fiona.campbell')
    await fillDate(mo, 'Date the investigation report is due', ukDateIn(28))
    await submitTask(mo)

    const investigator = await openPage(browser)
    await signIn(investigator.page, app.baseUrl, 'fiona.campbell')
    await openTask(investigator.page, reference, 'Investigate and report')
    await investigator.page.getByLabel('Your findings').fill('The councillor posted it and has not apologised')
    await submitTask(investigator.page)
    await investigator.close()

    await openTask(mo, reference, "Record the Independent Person's view", /My groups' unclaimed tasks/)
    await expectAccessible(mo, monitoringOfficer.problems, "the Independent Person's view task")
    await fillDate(mo, 'Date the Independent Person gave their view', ukDateIn(0))
    await mo.getByRole('textbox', { name: "The Independent Person's view" }).fill('A breach of the Code of Conduct')
    await submitTask(mo)

    await openTask(mo, reference, 'Decide on the allegation', /My groups' unclaimed tasks/)
    await mo.getByRole('radio', { name: 'A breach is found: refer it to a Standards Committee hearing' }).check()
    await mo.getByLabel('Reasons').fill('Offensive comments about residents')
    await submitTask(mo)

    await openTask(mo, reference, 'Record the Standards Committee hearing', /My groups' unclaimed tasks/)
    await expectAccessible(mo, monitoringOfficer.problems, 'the hearing task')
    await fillDate(mo, 'Date of the hearing', ukDateIn(0))
    await mo.getByRole('radio', { name: 'Breach of the Code of Conduct upheld' }).check()
    await mo.getByLabel('Sanction').fill('Censure, and training on the use of social media')
    await mo.getByLabel("The panel's reasons").fill('The comments were offensive and public')
    await submitTask(mo)

    await openCase(mo, reference)
    await mo.getByText('Code of Conduct breach found: 6 years after closure', { exact: true }).waitFor()
    await mo.getByText('Censure, and training on the use of social media').waitFor()
    await expectAccessible(mo, monitoringOfficer.problems, 'a closed councillor case')
    const caseUrl = mo.url()
    await monitoringOfficer.close()

    const hr = await openPage(browser)
    await signIn(hr.page, app.baseUrl, 'helen.carter')
    await hr.page.goto(caseUrl)
    await hr.page.getByRole('heading', { level: 1, name: /not found/i }).waitFor()
    await hr.close()
  })
})
