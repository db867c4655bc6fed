import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { badRequest, fakeFetch } from '../../test/fakeFetch.js'
import { waitFor } from '../../test/queries.js'
import LegalHolds from './LegalHolds.vue'

const HOLD = {
  id: 'hold-1',
  reason: 'Civil claim',
  placedBy: 'morgan.ellis',
  placedByName: 'Morgan Ellis',
  placedAt: '2026-12-01T10:00:00Z',
  releasedAt: null,
}

/** @param {Record<string, any>} props */
const mountHolds = (props) =>
  mount(LegalHolds, {
    props: { caseType: 'member-harassment-report', caseId: 'h-1', holds: [HOLD], mayPlaceHold: true, ...props },
    attachTo: document.body,
  })

describe('LegalHolds', () => {
  it('lists the holds, and offers no forms to someone who may not place or release one', () => {
    const wrapper = mountHolds({ mayPlaceHold: false })

    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Legal hold 1'])
    expect(wrapper.get('.tag--orange').text()).toBe('In force')
    expect(wrapper.text().replace(/\s+/g, ' ')).toContain('Placed by Morgan Ellis on 1 December 2026 at 10:00')
    expect(wrapper.findAll('form')).toHaveLength(0)
  })

  it('hands the page what is missing, and places a hold on the case with the reason given', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const placed = { ...HOLD, id: 'hold-2', reason: 'Police investigation' }
    const { calls } = fakeFetch({ 'POST /api/retention/holds': { status: 201, body: placed } })
    const wrapper = mountHolds({ headingLevel: 4 })

    expect([...document.querySelectorAll('h4')].map((h) => h.textContent?.trim())).toEqual(['Legal hold 1', 'Place a legal hold'])
    await wrapper.get('form:last-of-type').trigger('submit')
    expect(wrapper.emitted('errors')).toEqual([[[{ field: 'holdReason', message: 'Enter why the records must be kept' }]]])
    expect(calls).toHaveLength(0)

    await wrapper.get('#holdReason').setValue(' Police investigation ')
    await wrapper.get('form:last-of-type').trigger('submit')
    await waitFor(() => expect(wrapper.emitted('notice')).toEqual([['Legal hold placed']]))
    expect(wrapper.emitted('changed')).toEqual([[[HOLD, placed]]])
    expect(calls[0].body).toEqual({ caseType: 'member-harassment-report', caseId: 'h-1', reason: 'Police investigation' })
  })

  it("hands the page the server's problem with a release, linked to that hold's reason", async () => {
    document.cookie = 'XSRF-TOKEN=token'
    fakeFetch({
      'POST /api/retention/holds/hold-1/release': badRequest('release.reason', 'Reason must be 2,000 characters or fewer'),
    })
    const wrapper = mountHolds({})

    await wrapper.get('#releaseReason-hold-1').setValue('x'.repeat(2001))
    await wrapper.get('.holds__item form').trigger('submit')
    await waitFor(() =>
      expect(wrapper.emitted('errors')).toEqual([
        [[{ field: 'releaseReason', message: 'Reason must be 2,000 characters or fewer', href: '#releaseReason-hold-1' }]],
      ]),
    )
    expect(wrapper.emitted('changed')).toBeUndefined()
  })
})
