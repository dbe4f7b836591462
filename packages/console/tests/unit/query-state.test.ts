import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QueryState from '../../src/components/QueryState.vue'
import { createMountOptions } from './mount-options'

describe('QueryState', () => {
  it('announces the first load, not a background refresh', () => {
    const first = mount(QueryState, {
      props: { loading: true, error: null, ready: false },
      ...createMountOptions(),
    })
    expect(first.get('[role="status"]').text()).toBe('Loading…')
    const refresh = mount(QueryState, {
      props: { loading: true, error: null, ready: true },
      ...createMountOptions(),
    })
    expect(refresh.text()).toBe('')
  })

  it('shows a failure for people, never the raw error, and retries on request', async () => {
    const wrapper = mount(QueryState, {
      props: { loading: false, error: new Error('Response not successful: 502'), ready: false },
      ...createMountOptions(),
    })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('This page could not be loaded.')
    expect(alert.text()).not.toContain('502')
    await alert.get('button').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })
})
