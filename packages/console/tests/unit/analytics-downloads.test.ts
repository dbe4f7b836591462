import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSession, SESSION_KEY } from '../../src/composables/use-session'
import AnalyticsDownloads from '../../src/features/analytics/AnalyticsDownloads.vue'
import {
  buildStatisticsRequest,
  nameStatisticsFile,
  STATISTICS_DOWNLOADS,
} from '../../src/features/analytics/statistics-download'
import { createMountOptions } from './mount-options'

function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

const [csvFigures, csvHeatmap, xlsx] = STATISTICS_DOWNLOADS

describe('portfolio statistics downloads', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('carries the page’s filter and the caller’s credentials', () => {
    const request = buildStatisticsRequest(
      csvHeatmap,
      {
        organizationId: 'T3Jn/1',
        model: 'INTERNAL_CENTRALIZED',
        size: '',
        country: 'ch',
        constituency: '  enterprise ',
        from: '2026-01-01',
        to: '',
      },
      { token: 'immd_abc', csrf: null },
    )
    expect(request.url).toBe(
      '/portfolio-statistics.csv?organizationId=T3Jn%2F1&table=heatmap&model=INTERNAL_CENTRALIZED&country=ch&constituency=enterprise&from=2026-01-01',
    )
    expect(request.headers).toEqual({ authorization: 'Bearer immd_abc' })
    // A half-typed country is not applied by the page, so not by the download either.
    const session = buildStatisticsRequest(
      xlsx,
      { organizationId: 'o1', country: 'c' },
      { token: null, csrf: 'c1' },
    )
    expect(session).toEqual({
      url: '/portfolio-statistics.xlsx?organizationId=o1',
      headers: { 'x-csrf-token': 'c1' },
    })
  })

  it('names the files by table and day', () => {
    const day = new Date('2026-12-04T10:00:00Z')
    expect(nameStatisticsFile(csvFigures, day)).toBe('portfolio-statistics-2026-12-04.csv')
    expect(nameStatisticsFile(csvHeatmap, day)).toBe('portfolio-heatmap-2026-12-04.csv')
    expect(nameStatisticsFile(xlsx, day)).toBe('portfolio-statistics-2026-12-04.xlsx')
  })

  it('offers three labelled buttons and fetches the file with the filter', async () => {
    const fetched: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url)
        return new Response('Section,Item\r\n', { status: 200 })
      }),
    )
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }),
    )
    const session = createSession({ storage: createMemoryStorage() })
    const options = createMountOptions()
    const wrapper = mount(AnalyticsDownloads, {
      props: { filter: { organizationId: 'o1', size: 'SMALL' } },
      global: { ...options.global, provide: { [SESSION_KEY as symbol]: session } },
    })
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([
      'Figures (CSV)',
      'Driver heatmap (CSV)',
      'Figures and heatmap (XLSX)',
    ])
    expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe('Download the statistics')
    await wrapper.findAll('button')[2]?.trigger('click')
    await flushPromises()
    expect(fetched).toEqual(['/portfolio-statistics.xlsx?organizationId=o1&size=SMALL'])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
