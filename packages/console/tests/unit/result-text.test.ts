import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsStatus from '../../src/features/results/ResultsStatus.vue'
import {
  describeBandCap,
  describeCandidate,
  describeDerivation,
  describeScoreWarning,
  describeStatusReason,
  describeSuppression,
} from '../../src/features/results/result-text'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'

type Locale = 'en' | 'fr' | 'de'

/** `t` and `te` of a console i18n instance in `locale`, with every catalogue loaded. */
function translator(locale: Locale) {
  const i18n = createAppI18n(locale, MESSAGES)
  const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {})
  const te = (key: string) => i18n.global.te(key)
  return { t, te }
}

/** What the API answers (its English `message` beside the code and fields). */
const coverage = {
  code: 'below-minimum-coverage',
  message:
    'Band withheld: only 7 of 10 drivers remain in the scored set after exclusions; at least 8 are required (platform rule, method-version setting).',
  count: 7,
  total: 10,
  minimum: 8,
  driverIds: [],
}
const notEvaluated = {
  code: 'drivers-not-evaluated',
  message:
    'Provisional: 2 of 10 drivers in the scored set are not evaluated yet (D3, D7); the band is indicative, not final.',
  count: 2,
  total: 10,
  minimum: null,
  driverIds: ['D3', 'D7'],
}

describe('result sentences in the reader’s language (from codes and fields)', () => {
  it('status reasons', () => {
    const fr = translator('fr')
    const de = translator('de')
    expect(describeStatusReason(coverage, fr.t, fr.te)).toBe(
      'Niveau non attribué : après exclusions, seuls 7 drivers sur 10 restent dans l’ensemble évalué, alors qu’il en faut au moins 8 (règle de la plateforme). Levez une exclusion (adaptation, PRA6) pour obtenir un niveau.',
    )
    expect(describeStatusReason(notEvaluated, de.t, de.te)).toBe(
      'Vorläufig: 2 von 10 Drivern in der Wertung sind noch nicht bewertet (D3, D7); die Stufe ist ein Richtwert, nicht endgültig.',
    )
    expect(
      describeStatusReason(
        { code: 'nothing-evaluated', message: 'No driver is evaluated yet.' },
        fr.t,
        fr.te,
      ),
    ).toBe(
      'Aucun driver n’est encore évalué. Répondez aux drivers dans la feuille de travail (A4).',
    )
  })

  it('the band cap, with each critical driver’s translated answer', () => {
    const cap = {
      from: 'HIGH',
      to: 'BORDERLINE',
      message:
        'Band capped from High to Borderline: critical driver(s) D2 (No) (rule-based algorithm, platform design).',
      drivers: [{ driverId: 'D2', answer: 'NO' }],
    }
    const fr = translator('fr')
    const de = translator('de')
    expect(describeBandCap(cap, fr.t, fr.te)).toBe(
      'Niveau plafonné de High à Borderline : drivers critiques à réponse faible, D2 (Non) (algorithme à règles, choix de la plateforme).',
    )
    expect(describeBandCap(cap, de.t, de.te)).toBe(
      'Stufe von High auf Borderline begrenzt: kritische Driver mit niedriger Antwort, D2 (Nein) (regelbasierter Algorithmus, Plattformvorgabe).',
    )
  })

  it('scoring warnings, per-driver and about the whole result', () => {
    const contradicts = {
      code: 'answer-contradicts-rationale',
      driverId: 'D4',
      message:
        'Driver D4 is answered "Yes" but its rationale has 2 "-" item(s) and none pointing the other way.',
      answer: 'YES',
      effect: '-',
      count: 2,
    }
    const thin = {
      code: 'thin-evidence',
      message: '2 of 9 drivers rest on thin evidence: D1, D6.',
      count: 2,
      total: 9,
      driverIds: ['D1', 'D6'],
    }
    const fr = translator('fr')
    const de = translator('de')
    expect(describeScoreWarning(contradicts, fr.t, fr.te)).toBe(
      'Le driver D4 a la réponse « Oui », mais 2 de ses éléments de données sont codés « - » et aucun ne va dans l’autre sens. Vérifiez la réponse ou les éléments de données.',
    )
    expect(describeScoreWarning(contradicts, de.t, de.te)).toBe(
      'Driver D4 ist mit „Ja“ beantwortet, aber 2 seiner Datenelemente sind mit „-“ codiert und keines spricht dafür. Prüfen Sie die Antwort oder die Datenelemente.',
    )
    expect(describeScoreWarning(thin, de.t, de.te)).toBe(
      '2 von 9 Drivern stehen auf dünner Beweislage: D1, D6. Weitere Datenelemente, Interviews oder geprüfte Dokumente würden sie stützen.',
    )
    expect(describeScoreWarning(thin, fr.t, fr.te)).toBe(
      '2 drivers sur 9 reposent sur peu d’éléments : D1, D6. Des éléments de données, entretiens ou documents examinés supplémentaires les renforceraient.',
    )
  })

  it('the derivation: the API’s arithmetic, then band, cap and left-out drivers in words', () => {
    const result = {
      status: 'PROVISIONAL',
      derivation:
        '(75×8) / 8 = 75.0 → 75 → High; excluded by tailoring: D9; not answered (excluded): D10',
      derivationFormula: '(75×8) / 8 = 75.0 → 75',
      band: 'HIGH',
      cap: null,
      excluded: [{ driverId: 'D9' }],
      missing: ['D10'],
      statusReasons: [],
    }
    const fr = translator('fr')
    const de = translator('de')
    expect(describeDerivation(result, fr.t, fr.te)).toBe(
      '(75×8) / 8 = 75.0 → 75 → High; exclus par adaptation : D9; sans réponse (non comptés) : D10',
    )
    expect(describeDerivation({ ...result, derivationFormula: null }, de.t, de.te)).toBe(
      'Kein Driver beantwortet: keine Summe berechenbar; durch Anpassung ausgeschlossen: D9; nicht beantwortet (nicht gewertet): D10',
    )
    expect(
      describeDerivation({ ...result, status: 'WITHHELD', statusReasons: [coverage] }, de.t, de.te),
    ).toBe(describeStatusReason(coverage, de.t, de.te))
  })

  it('next-step candidates, named as the method names its drivers', () => {
    const candidate = {
      driverId: 'D3',
      message: 'D3 (Detection): answered Likely No, 2 failure (-) item(s).',
      answer: 'LIKELY_NO',
      failureItems: 2,
    }
    const fr = translator('fr')
    const de = translator('de')
    expect(describeCandidate(candidate, fr.t, fr.te, 'Détection')).toBe(
      'D3 (Détection) : réponse Plutôt non, 2 éléments d’échec (-).',
    )
    expect(describeCandidate({ ...candidate, answer: null, failureItems: 0 }, de.t, de.te)).toBe(
      'D3: noch nicht bewertet.',
    )
  })

  it('withheld benchmark statistics name the threshold, never the count', () => {
    const fr = translator('fr')
    const de = translator('de')
    const suppression = {
      code: 'TOO_FEW_ENGAGEMENTS',
      message: 'Withheld: the cohort has fewer than 5 engagements.',
      threshold: 5,
    }
    expect(describeSuppression(suppression, fr.t, fr.te)).toBe(
      'Non affiché pour préserver l’anonymat : la cohorte compte moins de 5 évaluations.',
    )
    expect(
      describeSuppression(
        { code: 'NOT_OPTED_IN', message: 'Withheld: …', threshold: null },
        de.t,
        de.te,
      ),
    ).toMatch(/^Zurückgehalten: Ihre Organisation nimmt nicht/)
  })

  it('keeps the API’s English for a code it does not know, or when a field is missing', () => {
    const fr = translator('fr')
    const unknown = { code: 'new-kind', message: 'A sentence from a newer API.' }
    expect(describeStatusReason(unknown, fr.t, fr.te)).toBe(unknown.message)
    expect(describeScoreWarning(unknown, fr.t, fr.te)).toBe(unknown.message)
    expect(describeSuppression(unknown, fr.t, fr.te)).toBe(unknown.message)
    expect(describeStatusReason({ ...coverage, count: null }, fr.t, fr.te)).toBe(coverage.message)
  })

  it('ResultsStatus renders reasons and the cap in German', () => {
    const result = {
      status: 'PROVISIONAL',
      finalBand: null,
      band: 'BORDERLINE',
      total: 52,
      algorithm: 'RULE_BASED',
      statusReasons: [notEvaluated],
      coverage: {
        methodDrivers: 10,
        scoredDrivers: 10,
        evaluatedDrivers: 8,
        minimumScoredDrivers: 8,
      },
      excluded: [],
      cap: {
        from: 'HIGH',
        to: 'BORDERLINE',
        message: 'Band capped from High to Borderline: critical driver(s) D2 (No).',
        drivers: [{ driverId: 'D2', answer: 'NO' }],
      },
      thinEvidence: [],
    }
    const wrapper = mount(ResultsStatus, {
      props: { result: result as any },
      global: { plugins: [createAppI18n('de', MESSAGES)] },
    })
    const text = wrapper.text()
    expect(text).toContain(
      'Vorläufig: 2 von 10 Drivern in der Wertung sind noch nicht bewertet (D3, D7)',
    )
    expect(wrapper.get('[data-testid="result-cap"]').text()).toBe(
      'Stufe von High auf Borderline begrenzt: kritische Driver mit niedriger Antwort, D2 (Nein) (regelbasierter Algorithmus, Plattformvorgabe).',
    )
    expect(text).not.toContain('Provisional')
  })
})
