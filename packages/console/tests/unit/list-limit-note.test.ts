import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ListLimitNote from '../../src/components/ListLimitNote.vue'
import { createMountOptions } from './mount-options'

describe('ListLimitNote', () => {
  it('says how many of how many when a list shows only its first page', () => {
    const wrapper = mount(ListLimitNote, {
      props: { shown: 100, total: 137, what: 'data items' },
      ...createMountOptions(),
    })
    expect(wrapper.get('[role="note"]').text()).toBe('Showing the first 100 of 137 data items.')
  })

  it('says nothing when the whole list is on screen', () => {
    const wrapper = mount(ListLimitNote, {
      props: { shown: 12, total: 12, what: 'data items' },
      ...createMountOptions(),
    })
    expect(wrapper.find('[role="note"]').exists()).toBe(false)
  })
})
