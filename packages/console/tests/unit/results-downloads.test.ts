import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createSession, SESSION_KEY } from '../../src/composables/use-session'
import ResultsDownloads from '../../src/features/results/ResultsDownloads.vue'
import { buildReportRequest, nameReportFile } from '../../src/features/results/report-download'
import { createMountOptions } from './mount-options'

/** A Storage stand-in holding what the session stores between reloads. */
function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

describe('report downloads', () => {
  it('sends the API token when signed in with one', () => {
    const request = buildReportRequest({
      engagementId: 'RW5nYWdlbWVudDox/x',
      format: 'pdf',
      token: 'immd_abc',
      csrf: 'ignored',
    })
    expect(request.url).toBe('/engagements/RW5nYWdlbWVudDox%2Fx/report.pdf')
    expect(request.headers).toEqual({ authorization: 'Bearer immd_abc' })
  })

  it('sends the CSRF token of a password session', () => {
    const request = buildReportRequest({
      engagementId: 'e1',
      format: 'docx',
      token: null,
      csrf: 'c1',
    })
    expect(request).toEqual({
      url: '/engagements/e1/report.docx',
      headers: { 'x-csrf-token': 'c1' },
    })
  })

  it('asks for the report in the console’s language when reports are written in it', () => {
    const base = { engagementId: 'e1', format: 'pdf' as const, token: null, csrf: null }
    expect(buildReportRequest({ ...base, locale: 'fr' }).url).toBe(
      '/engagements/e1/report.pdf?locale=fr',
    )
    expect(buildReportRequest({ ...base, locale: 'de-CH' }).url).toBe(
      '/engagements/e1/report.pdf?locale=de',
    )
    // A language reports are not written in: the server chooses (preference, Accept-Language).
    expect(buildReportRequest({ ...base, locale: 'it' }).url).toBe('/engagements/e1/report.pdf')
  })

  it('names the file by format and day', () => {
    expect(
      nameReportFile('pdf', new Date('2026-11-22T10:00:00Z'), 'ACME IMC Überprüfung 2026 / Q1'),
    ).toBe('acme-imc-uberprufung-2026-q1-2026-11-22.pdf')
    expect(nameReportFile('xlsx', new Date('2026-11-22T10:00:00Z'))).toBe(
      'immd-report-2026-11-22.xlsx',
    )
  })

  it('offers one labelled button per format', () => {
    const session = createSession({ storage: createMemoryStorage() })
    const options = createMountOptions()
    const wrapper = mount(ResultsDownloads, {
      props: { engagementId: 'e1' },
      global: { ...options.global, provide: { [SESSION_KEY as symbol]: session } },
    })
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual([
      'Download PDF',
      'Download DOCX',
      'Download XLSX',
      'Download JSON',
    ])
    expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe('Download the report')
  })
})
