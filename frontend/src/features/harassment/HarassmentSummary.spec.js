import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HarassmentSummary from './HarassmentSummary.vue'
import { harassmentReport } from '../../test/records.js'

const REPORT = harassmentReport({
  reportedAt: '2026-06-20T08:00:00Z',
  platform: 'EMAIL',
  platformLabel: 'Email',
  offendingAccounts: 'angry.resident@example.com',
  description: 'Threatening emails',
  policeTold: true,
  status: 'FOLLOW_UP',
  statusLabel: null,
  riskLevel: 'MEDIUM',
  riskLabel: 'Medium',
  actions: [
    { id: 'a-1', kind: 'WELLBEING', kindLabel: null, detail: 'Offered the support line', doneBy: 'morgan.ellis', doneByName: 'Morgan Ellis', doneAt: '2026-06-21T13:00:00Z' },
  ],
})

describe('HarassmentSummary', () => {
  it('keeps its headings a level below the page it is on, and says when things happened in UK time', () => {
    const wrapper = mount(HarassmentSummary, { props: { report: REPORT, headingLevel: 3 } })

    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Assessment', 'Actions taken'])
    expect(wrapper.findAll('h4').map((h) => h.text())).toEqual(['Wellbeing support'])
    expect(wrapper.findAll('h2')).toHaveLength(0)
    // British Summer Time: 08:00 UTC is 09:00 in the UK.
    expect(wrapper.text()).toContain('20 June 2026 at 09:00')
    expect(wrapper.get('.comments__meta').text().replace(/\s+/g, ' ')).toBe('Morgan Ellis, 21 June 2026 at 14:00')
  })

  it('names the status and risk by their codes when the API gives no words, and leaves out what was not given', () => {
    const wrapper = mount(HarassmentSummary, { props: { report: REPORT } })

    const tags = wrapper.findAll('.tag')
    expect(tags.map((t) => [t.text(), t.classes().find((c) => c.startsWith('tag--'))])).toEqual([
      ['Follow-up', 'tag--blue'],
      ['Medium', 'tag--orange'],
    ])
    const keys = wrapper.findAll('dt').map((dt) => dt.text())
    // Told the police, but no crime reference; reported by the councillor themselves.
    expect(keys).toContain('Police already told')
    expect(keys).not.toContain('Crime reference number')
    expect(keys).not.toContain('Reported by')
    expect(keys).not.toContain('Triage notes')
  })
})
