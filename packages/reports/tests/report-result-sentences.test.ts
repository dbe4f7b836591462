import { describe, expect, it } from 'vitest'
import { buildReportView } from '../src/report-view.js'
import { buildProvisionalFixture, buildReportFixture } from './report-fixture.js'

const NOW = new Date('2026-05-01T12:00:00Z')

/**
 * The result's sentences follow the report's language (#19): written from the API's codes and
 * fields in French and German; an English report keeps the API's sentences as they are.
 */
describe('result sentences in the report’s language', () => {
  const report = buildProvisionalFixture()

  it('keeps the API’s English sentences in an English report', () => {
    const view = buildReportView(report, NOW, { locale: 'en' })
    expect(view.statusReasons).toEqual(report.result.statusReasons.map((r) => r.message))
    expect(view.warnings).toEqual(report.result.warnings.map((w) => w.message))
    expect(view.derivation).toBe(report.result.derivation)
  })

  it('writes status reasons, warnings and the derivation in French', () => {
    const view = buildReportView(report, NOW, { locale: 'fr' })
    expect(view.statusReasons).toEqual([
      'Provisoire : 7 drivers sur 8 de l’ensemble noté n’ont pas encore de réponse (D2, D3, D4, D5, D6, D7, D8) ; le niveau est indicatif, pas définitif.',
    ])
    expect(view.warnings).toEqual([
      '2 drivers sur 10 sont exclus par décision d’adaptation : D9 (D9 is outsourced to the group SOC); D10 (D10 is outsourced to the group SOC).',
      '7 drivers sur 8 n’ont pas encore de réponse : D2, D3, D4, D5, D6, D7, D8.',
    ])
    expect(view.derivation).toMatch(
      /^\(100×1\) \/ 1 = 100\.0 → 100 → \S+; exclus par adaptation : D9, D10; sans réponse \(non comptés\) : D2, D3, D4, D5, D6, D7, D8$/,
    )
  })

  it('writes them in German, candidates with the driver’s name', () => {
    const view = buildReportView(report, NOW, { locale: 'de' })
    expect(view.statusReasons[0]).toBe(
      'Vorläufig: 7 von 8 Drivern in der bewerteten Menge sind noch nicht beurteilt (D2, D3, D4, D5, D6, D7, D8); die Stufe ist ein Richtwert, nicht endgültig.',
    )
    expect(view.warnings[1]).toBe(
      '7 von 8 Drivern sind noch nicht beantwortet: D2, D3, D4, D5, D6, D7, D8.',
    )
    expect(view.candidates.length).toBe(report.result.sensitivity.candidates.length)
    for (const [index, candidate] of report.result.sensitivity.candidates.entries()) {
      expect(view.candidates[index]).toMatch(new RegExp(`^${candidate.driverId} \\(.+\\): `))
      expect(view.candidates[index]).not.toBe(candidate.message)
    }
  })

  it('writes each driver’s confidence findings in the report’s language', () => {
    const full = buildReportFixture()
    const english = buildReportView(full, NOW, { locale: 'en' })
    expect(english.drivers[0]?.confidence).toBe('Medium: 0 reviewed document(s) (high needs 1)')
    const french = buildReportView(full, NOW, { locale: 'fr' })
    expect(french.drivers[0]?.confidence).toBe(
      'Moyenne : 0 document examiné (le niveau élevé en exige 1)',
    )
    expect(french.drivers[1]?.confidence).toBe(
      'Faible (éléments probants insuffisants) : 0 élément de données codé + - 0 (moins de 2)',
    )
    const german = buildReportView(full, NOW, { locale: 'de' })
    expect(german.drivers[0]?.confidence).toBe('Mittel: 0 geprüfte Dokumente (für hoch nötig: 1)')
  })
})
