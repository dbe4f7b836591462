import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import ResultsProfileChart from '../../src/features/results/ResultsProfileChart.vue'
import { createMountOptions } from './mount-options'

// ECharts needs a layout engine; the stub keeps the option and renders the text alternative.
const ChartCanvasStub = defineComponent({
  name: 'ChartCanvas',
  props: { option: { type: Object, required: true }, label: String, height: String },
  template: '<figure :aria-label="label"><slot /></figure>',
})

function mountProfile(status: string, meetsThreshold: boolean) {
  const options = createMountOptions()
  return mount(ResultsProfileChart, {
    props: {
      result: {
        status,
        total: meetsThreshold ? 100 : 50,
        roundedTotal: meetsThreshold ? 100 : 50,
        band: meetsThreshold ? 'EXCELLENT' : 'BORDERLINE',
        profile: {
          current: meetsThreshold ? 'EXCELLENT' : 'BORDERLINE',
          threshold: 'HIGH',
          differentialBands: meetsThreshold ? -1 : 1,
          differentialPoints: meetsThreshold ? -35 : 15,
          meetsThreshold,
        },
      } as never,
    },
    ...options,
    global: { ...options.global, stubs: { ChartCanvas: ChartCanvasStub } },
  })
}

const differential = (wrapper: ReturnType<typeof mountProfile>) =>
  wrapper.find('[data-testid="success-differential"]').text()

describe('ResultsProfileChart', () => {
  it('says a provisional result would meet the threshold, never that it meets it', () => {
    const text = differential(mountProfile('PROVISIONAL', true))
    expect(text).toBe(
      'Indicative, not final: would meet the threshold (35 points above its lower bound).',
    )
    expect(text).not.toContain('Meets the threshold')
  })

  it('says a withheld result is indicatively below the threshold', () => {
    expect(differential(mountProfile('WITHHELD', false))).toBe(
      'Indicative, not final: below the threshold by 1 band(s), 15 points short.',
    )
  })

  it('states the differential of a final result as a fact', () => {
    expect(differential(mountProfile('FINAL', true))).toBe(
      'Meets the threshold (35 points above its lower bound).',
    )
  })
})
