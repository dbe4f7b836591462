import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PortfolioTable from '../../src/features/portfolio/PortfolioTable.vue'
import { createMountOptions } from './mount-options'

const row = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Engagement',
  id: 'RW5nYWdlbWVudDox',
  title: 'ACME baseline',
  imcId: 'acme-imc',
  state: 'SCORED',
  latestBand: 'BORDERLINE',
  latestTotal: 52.5,
  successThreshold: 'HIGH',
  updatedAt: '2026-03-01T09:00:00.000Z',
  resultSnapshots: { edges: [{ node: { id: 's1', differential: 1 } }] },
  ...overrides,
})

describe('PortfolioTable', () => {
  it('renders state, band, total, threshold, differential and last change', () => {
    const wrapper = mount(PortfolioTable, {
      props: { engagements: [row() as any], sortField: 'UPDATED_AT', sortDirection: 'DESC' },
      ...createMountOptions(),
    })
    const cells = wrapper.findAll('tbody td').map((cell) => cell.text())
    expect(cells[0]).toContain('ACME baseline')
    expect(cells.slice(1)).toEqual([
      'Scored',
      'Borderline',
      '52.5',
      'High',
      '1 band short',
      'Mar 1, 2026',
    ])
  })

  it('reports meeting the threshold and marks the sorted column', async () => {
    const meets = row({ resultSnapshots: { edges: [{ node: { id: 's2', differential: -1 } }] } })
    const wrapper = mount(PortfolioTable, {
      props: { engagements: [meets as any], sortField: 'TOTAL', sortDirection: 'ASC' },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toContain('Meets threshold')
    const totalHeader = wrapper.findAll('th').find((th) => th.text() === 'Total')
    expect(totalHeader?.attributes('aria-sort')).toBe('ascending')
    await totalHeader?.find('button').trigger('click')
    expect(wrapper.emitted('sort')).toEqual([['TOTAL']])
  })

  it('says so when nothing matches', () => {
    const wrapper = mount(PortfolioTable, {
      props: { engagements: [], sortField: 'UPDATED_AT', sortDirection: 'DESC' },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toContain('No engagement matches.')
  })
})
