import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BandBadge from '../../src/components/BandBadge.vue'
import { BAND_ORDER, bandColor, bandIndex } from '../../src/composables/use-bands'
import { createMountOptions } from './mount-options'

describe('BandBadge', () => {
  it('shows the label next to the colour, never the colour alone', () => {
    const wrapper = mount(BandBadge, {
      props: { band: 'HIGH', total: 70 },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toBe('High(70)')
    expect(wrapper.find('.swatch').attributes('style')).toContain('background')
    expect(wrapper.find('.swatch').attributes('aria-hidden')).toBe('true')
  })

  it('says "Not scored" and draws no swatch without a band', () => {
    const wrapper = mount(BandBadge, { props: { band: null }, ...createMountOptions() })
    expect(wrapper.text()).toBe('Not scored')
    expect(wrapper.find('.swatch').exists()).toBe(false)
  })
})

describe('bands', () => {
  it('orders Minimal … Excellent with distinct colours', () => {
    expect(BAND_ORDER).toEqual(['MINIMAL', 'LOW', 'BORDERLINE', 'HIGH', 'EXCELLENT'])
    expect(bandIndex('BORDERLINE')).toBe(2)
    expect(new Set(BAND_ORDER.map(bandColor)).size).toBe(5)
  })
})
