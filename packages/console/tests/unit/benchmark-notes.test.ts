import { describe, expect, it } from 'vitest'
import { describeBenchmarkNote } from '../../src/features/results/result-text'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'

/** `t` and `te` of a console i18n instance in `locale`, with every catalogue loaded. */
function translator(locale: 'en' | 'fr' | 'de') {
  const i18n = createAppI18n(locale, MESSAGES)
  const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {})
  const te = (key: string) => i18n.global.te(key)
  return { t, te }
}

/** The notes as the API answers them (`EngagementBenchmark.noteDetails`). */
const NOTES = [
  {
    code: 'tailored-method',
    message:
      'Tailored method immd-1.0-acme: compared on the 9 drivers it shares with the cohort; X1 has no counterpart and is left out.',
    driverIds: ['X1'],
    methodVersion: 'immd-1.0-acme',
    sharedDriverCount: 9,
    dimension: null,
  },
  {
    code: 'excluded-drivers',
    message:
      "Excluded by tailoring in this engagement: D4 (the cohort's statistics are shown without this engagement's value).",
    driverIds: ['D4'],
    methodVersion: null,
    sharedDriverCount: null,
    dimension: null,
  },
  {
    code: 'dimension-not-recorded',
    message: 'No size band is recorded for this IMC: the cohort is not restricted by it.',
    driverIds: [],
    methodVersion: null,
    sharedDriverCount: null,
    dimension: 'size-band',
  },
]

describe('benchmark notes', () => {
  it.each(['en', 'fr', 'de'] as const)('writes every note code in %s from its values', (locale) => {
    const { t, te } = translator(locale)
    for (const note of NOTES) {
      const text = describeBenchmarkNote(note, t, te)
      expect(text, note.code).not.toBe(note.message)
      expect(text).not.toMatch(/[{}]|undefined|null/)
    }
  })

  it('names values and dimensions in the reader’s language, and keeps the message of an unknown code', () => {
    const fr = translator('fr')
    expect(describeBenchmarkNote(NOTES[0] as (typeof NOTES)[0], fr.t, fr.te)).toBe(
      'Méthode adaptée immd-1.0-acme : comparaison sur les 9 drivers qu’elle partage avec la cohorte ; X1 n’ont pas d’équivalent et sont laissés de côté.',
    )
    const de = translator('de')
    expect(describeBenchmarkNote(NOTES[2] as (typeof NOTES)[0], de.t, de.te)).toContain(
      'kein Wert für „Größenklasse“ erfasst',
    )
    const unknown = { ...NOTES[1], code: 'future-note' } as (typeof NOTES)[0]
    expect(describeBenchmarkNote(unknown, de.t, de.te)).toBe(unknown.message)
  })
})
