// A councillor reports harassment from a phone in a real browser; the Monitoring Officer triages it
// and the communications team reports the accounts, seeing only those; axe on every page.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startApplication } from '../support/app.mjs'
import { launchBrowser, openPage, signIn } from '../support/browser.mjs'
import { PNG, expectAccessible, openTask, submitTask } from '../support/steps.mjs'

const PHONE = { width: 375, height: 812 }

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

/** Nothing on the page may make it scroll sideways on a phone; a failure names the widest elements. */
async function fitsThePhone(page, what) {
  const { overflow, widest } = await page.evaluate(() => {
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1
        || (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible'))
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)}px)`)
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, widest: tooWide.slice(-5) }
  })
  assert.ok(overflow <= 0, `${what} scrolls sideways on a phone by ${overflow}px: ${widest.join(', ')}`)
}

describe('a harassment report from a councillor', () => {
  it('is made on a phone, shows the 999 guidance at once, and is triaged with only the accounts shown to comms', async () => {
    const councillor = await openPage(browser, PHONE)
    const phone = councillor.page
    await signIn(phone, app.baseUrl, 'cllr.jones')
    await phone.goto(`${app.baseUrl}/harassment/new`)
    await phone.getByRole('heading', { level: 1, name: 'Report harassment' }).waitFor()
    await expectAccessible(phone, councillor.problems, 'the harassment report form on a phone')
    await fitsThePhone(phone, 'the report form')

    await phone.getByLabel('I feel in immediate danger').check()
    await phone.getByText('If you are in immediate danger, call 999 now').waitFor()
    await phone.getByRole('radio', { name: 'X (Twitter)' }).check()
    await phone.getByLabel('Which accounts or people?').fill('@bins_are_a_scandal')
    await phone.getByLabel('What happened?').fill('This account posted that it knows where I live and will be waiting')
    await phone.locator('#screenshots').setInputFiles({ name: 'threat.png', mimeType: 'image/png', buffer: PNG })
    await phone.getByRole('group', { name: 'Should we tell your political group leader?' }).getByRole('radio', { name: 'Yes' }).check()
    await phone.getByRole('group', { name: 'Have you already told the police?' }).getByRole('radio', { name: 'No' }).check()
    await expectAccessible(phone, councillor.problems, 'the filled report form with the 999 guidance')
    await phone.getByRole('button', { name: 'Send report' }).click()
    await phone.getByRole('heading', { name: 'Report sent' }).waitFor()
    const reference = (await phone.getByText(/MH-\d{4}-\d{4}/).first().textContent()).match(/MH-\d{4}-\d{4}/)[0]
    await phone.getByText(/call 999/).first().waitFor()
    await expectAccessible(phone, councillor.problems, 'the report confirmation on a phone')
    await fitsThePhone(phone, 'the report confirmation')

    const monitoringOfficer = await openPage(browser)
    const mo = monitoringOfficer.page
    await signIn(mo, app.baseUrl, 'david.okafor')
    await openTask(mo, reference, 'Triage the urgent report', /My groups' unclaimed tasks/)
    await mo.getByText('This account posted that it knows where I live and will be waiting').first().waitFor()
    await expectAccessible(mo, monitoringOfficer.problems, 'the urgent triage task')
    await mo.getByRole('radio', { name: 'High: a credible threat to their safety' }).check()
    await mo.getByLabel('Ask the communications team to report or block the accounts on the platform').check()
    await mo.getByLabel('Wellbeing support').check()
    await mo.getByLabel('What you agreed with the councillor').fill('Spoke by phone; the police were called together')
    await submitTask(mo)

    const comms = await openPage(browser)
    await signIn(comms.page, app.baseUrl, 'alex.morgan')
    await openTask(comms.page, reference, 'Report or block on the platform', /My groups' unclaimed tasks/)
    await comms.page.getByText('@bins_are_a_scandal').first().waitFor()
    assert.equal(await comms.page.getByText('knows where I live').count(), 0, 'comms sees the accounts, not what happened')
    await expectAccessible(comms.page, comms.problems, 'the platform-report task for comms')
    await comms.page.getByRole('radio', { name: 'Both' }).check()
    await submitTask(comms.page)
    await comms.page.goto(`${app.baseUrl}/harassment`)
    assert.equal(await comms.page.getByRole('link', { name: reference }).count(), 0, 'comms cannot list the report')
    await comms.close()

    await openTask(mo, reference, 'Arrange wellbeing support', /My groups' unclaimed tasks/)
    await mo.getByLabel('What support was offered or arranged').fill('A named contact and the employee assistance programme')
    await submitTask(mo)
    await monitoringOfficer.close()

    await phone.goto(`${app.baseUrl}/harassment`)
    await phone.getByRole('heading', { level: 1, name: 'Harassment reports' }).waitFor()
    await expectAccessible(phone, councillor.problems, 'the councillor\'s reports on a phone')
    await phone.getByRole('link', { name: reference }).click()
    await phone.getByText('Reported to the platform and blocked from the council\'s accounts').waitFor()
    await phone.getByText('A named contact and the employee assistance programme').waitFor()
    await expectAccessible(phone, councillor.problems, 'the councillor\'s report page on a phone')
    await fitsThePhone(phone, 'the report page')
    await councillor.close()
  })
})
