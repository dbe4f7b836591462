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
  latestScoredDrivers: 8,
  latestMethodDrivers: 10,
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
    const tds = wrapper.findAll('tbody td')
    const cells = tds.map((cell) => cell.text())
    expect(cells[0]).toContain('ACME baseline')
    // The band cell holds the badge and, below it, the coverage the band rests on.
    expect(tds[2]?.find('[data-testid="band-coverage"]').text()).toBe('on 8 of 10 drivers')
    expect(cells.slice(1)).toEqual([
      'Scored',
      'Borderlineon 8 of 10 drivers',
      '52.5',
      'High',
      '1 band short',
      'Mar 1, 2026',
    ])
  })

  it('says what each band rests on, stressing a band left with fewer drivers', () => {
    const wrapper = mount(PortfolioTable, {
      props: {
        engagements: [
          row({ id: 'a', latestScoredDrivers: 7 }) as any,
          row({ id: 'b', latestScoredDrivers: 10 }) as any,
          row({ id: 'c', latestBand: null, latestTotal: null, latestScoredDrivers: null }) as any,
        ],
        sortField: 'UPDATED_AT',
        sortDirection: 'DESC',
      },
      ...createMountOptions(),
    })
    const coverage = wrapper.findAll('[data-testid="band-coverage"]')
    expect(coverage.map((c) => [c.text(), c.classes('muted')])).toEqual([
      ['on 7 of 10 drivers', false],
      ['on 10 of 10 drivers', true],
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
