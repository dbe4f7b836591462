import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import ResultsTrendChart from '../../src/features/results/ResultsTrendChart.vue'
import { createMountOptions } from './mount-options'

// ECharts needs a layout engine; the stub keeps the option and renders the text alternative.
const ChartCanvasStub = defineComponent({
  name: 'ChartCanvas',
  props: { option: { type: Object, required: true }, label: String, height: String },
  template: '<figure :aria-label="label"><slot /></figure>',
})

const snapshot = (
  id: string,
  engagement: { id: string; title: string },
  activityId: string,
  total: number,
  band: string,
  computedAt: string,
) => ({
  __typename: 'ResultSnapshot',
  id,
  total,
  band,
  computedAt,
  activityId,
  successThreshold: 'HIGH',
  engagement: { __typename: 'Engagement', ...engagement },
})

function render(history: ReturnType<typeof snapshot>[]) {
  const options = createMountOptions()
  const wrapper = mount(ResultsTrendChart, {
    props: { history: history as any },
    global: { ...options.global, stubs: { ...options.global.stubs, ChartCanvas: ChartCanvasStub } },
  })
  const chart = wrapper.findComponent(ChartCanvasStub)
  const option = chart.exists()
    ? (chart.props('option') as {
        xAxis: { data: string[] }
        series: { data: number[] }[]
      })
    : null
  return { wrapper, option, items: wrapper.findAll('li').map((li) => li.text()) }
}

const baseline = { id: 'RW5nYWdlbWVudDox', title: 'ACME baseline' }
const reassessment = { id: 'RW5nYWdlbWVudDoy', title: 'ACME re-assessment 2026' }
const third = { id: 'RW5nYWdlbWVudDoz', title: 'ACME re-assessment 2027' }

describe('ResultsTrendChart', () => {
  it('shows one point for one engagement with an A4 and an A5 snapshot: the latest', () => {
    const { option, items } = render([
      snapshot('s1', baseline, 'A4', 52.5, 'BORDERLINE', '2025-03-01T09:00:00.000Z'),
      snapshot('s2', baseline, 'A5', 70, 'HIGH', '2025-03-01T15:00:00.000Z'),
    ])
    expect(option?.series[0]?.data).toEqual([70])
    expect(option?.xAxis.data).toEqual(['ACME baseline\nMar 1, 2025'])
    expect(items).toEqual(['ACME baseline · Mar 1, 2025 · A5 · 70 (High)'])
  })

  it('shows one point per engagement of a re-assessment chain, oldest first', () => {
    const { option, items } = render([
      snapshot('s1', baseline, 'A4', 40, 'BORDERLINE', '2025-03-01T09:00:00.000Z'),
      snapshot('s2', baseline, 'A5', 45, 'BORDERLINE', '2025-03-02T09:00:00.000Z'),
      snapshot('s3', reassessment, 'A4', 60, 'BORDERLINE', '2026-02-10T09:00:00.000Z'),
      snapshot('s4', reassessment, 'A5', 70, 'HIGH', '2026-02-11T09:00:00.000Z'),
      // A threshold change recomputes the last engagement again the same day.
      snapshot('s5', reassessment, 'A5', 70, 'HIGH', '2026-02-11T10:00:00.000Z'),
      snapshot('s6', third, 'A4', 88, 'EXCELLENT', '2027-01-05T09:00:00.000Z'),
    ])
    expect(option?.series[0]?.data).toEqual([45, 70, 88])
    expect(option?.xAxis.data).toEqual([
      'ACME baseline\nMar 2, 2025',
      'ACME re-assessment 2026\nFeb 11, 2026',
      'ACME re-assessment 2027\nJan 5, 2027',
    ])
    expect(items).toHaveLength(3)
    expect(items[1]).toBe('ACME re-assessment 2026 · Feb 11, 2026 · A5 · 70 (High)')
  })

  it('says so when nothing has been scored', () => {
    const { wrapper, option } = render([])
    expect(option).toBeNull()
    expect(wrapper.text()).toContain('No stored result yet')
  })
})
