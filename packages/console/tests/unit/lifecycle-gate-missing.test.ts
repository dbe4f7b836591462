import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LifecycleGateMissing from '../../src/features/lifecycle/LifecycleGateMissing.vue'
import { createMountOptions } from './mount-options'

describe('LifecycleGateMissing', () => {
  it('lists every missing prerequisite with its code', () => {
    const missing = [
      {
        code: 'ACTIVITY_NOT_COMPLETED',
        message: 'A4 (Apply analysis algorithm) must be completed first.',
        activityId: 'A4',
        driverId: null,
      },
      {
        code: 'THRESHOLD_NOT_SET',
        message: 'The success threshold is not set.',
        activityId: null,
        driverId: null,
      },
    ]
    const wrapper = mount(LifecycleGateMissing, {
      props: { missing: missing as any, label: 'Before it can start:' },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toContain('Before it can start:')
    expect(wrapper.findAll('li').map((li) => li.attributes('data-code'))).toEqual([
      'ACTIVITY_NOT_COMPLETED',
      'THRESHOLD_NOT_SET',
    ])
  })

  it('says nothing is missing when the gate is open', () => {
    const wrapper = mount(LifecycleGateMissing, {
      props: { missing: [], label: 'x' },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toBe('Nothing missing.')
  })
})
