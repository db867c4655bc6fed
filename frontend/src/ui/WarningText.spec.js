import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WarningText from './WarningText.vue'

describe('WarningText', () => {
  it('shows the words in bold after an "!" that screen readers hear as "Warning"', () => {
    const wrapper = mount(WarningText, {
      attrs: { role: 'alert' },
      slots: { default: 'If you are in immediate danger, <a href="tel:999">call 999</a> now.' },
    })

    expect(wrapper.attributes('role')).toBe('alert')
    expect(wrapper.classes()).toContain('warning-text')
    expect(wrapper.get('.warning-text__icon').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('.warning-text__icon').text()).toBe('!')
    const words = wrapper.get('strong.warning-text__text')
    expect(words.get('.visually-hidden').text()).toBe('Warning:')
    expect(words.text().replace(/\s+/g, ' ')).toBe('Warning: If you are in immediate danger, call 999 now.')
    expect(words.get('a').attributes('href')).toBe('tel:999')
  })
})
