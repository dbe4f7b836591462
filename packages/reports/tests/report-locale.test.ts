import { localizeMethod } from '@immd/core/localization'
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import { describe, expect, it } from 'vitest'
import { createReportFormatters, resolveReportLocale } from '../src/i18n/report-locale.js'
import { buildReportView } from '../src/report-view.js'
import { buildBuiltInTextFixture } from './locale-fixture.js'

describe('report locale (#19)', () => {
  it('takes the query parameter, then the preferred locale, then Accept-Language, else en', () => {
    const acceptLanguage = 'de-CH,de;q=0.9,fr;q=0.8,en;q=0.5'
    expect(resolveReportLocale({ query: 'fr', preferred: 'DE', acceptLanguage })).toBe('fr')
    expect(resolveReportLocale({ query: null, preferred: 'FR', acceptLanguage })).toBe('fr')
    expect(resolveReportLocale({ preferred: null, acceptLanguage })).toBe('de')
    expect(resolveReportLocale({ acceptLanguage: 'it-IT,it;q=0.9' })).toBe('en')
    expect(resolveReportLocale({})).toBe('en')
  })

  it('reads Accept-Language by quality, ignoring languages without a catalogue and q=0', () => {
    expect(resolveReportLocale({ acceptLanguage: 'it, fr;q=0.4, de;q=0.7, en;q=0' })).toBe('de')
    expect(resolveReportLocale({ acceptLanguage: 'it, fr;q=0.4, en;q=0' })).toBe('fr')
    expect(resolveReportLocale({ acceptLanguage: '' })).toBe('en')
  })

  it('formats dates and numbers per locale', () => {
    const en = createReportFormatters('en')
    const fr = createReportFormatters('fr')
    const de = createReportFormatters('de')
    expect([en.date('2026-09-30T00:00:00Z'), fr.date('2026-09-30'), de.date('2026-09-30')]).toEqual(
      ['2026-09-30', '30/09/2026', '30.09.2026'],
    )
    expect([en.number(62.5), fr.number(62.5), de.number(1234.5, 1)]).toEqual([
      '62.5',
      '62,5',
      '1.234,5',
    ])
    expect([en.percent(0.125), fr.percent(0.125), de.percent(0.125)]).toEqual([
      '12.5%',
      '12,5\u00a0%',
      '12,5\u00a0%',
    ])
  })

  it('translates method texts through core and marks them as our translation, provenance kept', () => {
    const view = buildReportView(buildBuiltInTextFixture(), new Date('2026-05-01T12:00:00Z'), {
      locale: 'fr',
    })
    const d1 = view.drivers[0]
    expect(d1?.question).toBe(localizeMethod(IMMD_1_0, 'fr').drivers[0]?.question.text)
    expect(d1?.question).toMatch(/^Les objectifs de l'IMC sont-ils réalistes/)
    expect(d1?.questionMarker).toBe('[source SEI] [notre traduction]')
    expect(view.drivers[1]?.questionMarker).toBe('[reconstitué] [notre traduction]')
    expect(view.comparison.drivers[0]?.shortName).toBe(d1?.shortName)
    expect(view.benchmark.drivers[0]?.label).toBe(`D1 ${d1?.shortName}`)
    expect(view.methodRules[0]?.rule).toBe('Traduction des textes de la méthode')
    expect(view.handout.drivers[0]?.prompts[0]?.marker).toContain('[notre traduction]')
  })
})
