import { describe, expect, it } from 'vitest'
import { REPORT_CATALOGUES } from '../src/i18n/report-locale.js'

/**
 * Terms the glossary (docs/languages.md, "Method terms") replaced, with what to write instead. A
 * band is *niveau* / *Stufe*, a driver stays *driver* / *Driver*, an engagement is an
 * *évaluation* / *Assessment*, evidence *éléments probants* / *Nachweise*, the threshold and the
 * potential are *de réussite*. The console and the method texts use these words; a report that
 * says « facteur » or „Treiber“ reads as another product.
 */
const FORBIDDEN = {
  fr: [
    { term: /\bfacteurs?\b/i, use: 'driver' },
    { term: /\bbandes?\b/i, use: 'niveau' },
    { term: /\bengagements?\b/i, use: 'évaluation' },
    { term: /\bpreuves?\b/i, use: 'éléments probants' },
    { term: /\b(seuil|potentiel|profil) de succès\b/i, use: 'de réussite' },
  ],
  de: [
    { term: /Treiber/i, use: 'Driver (Dativ Plural Drivern)' },
    // The band names (Minimal … Excellent, "Borderline") stay English and do not match.
    { term: /\bB[aä]nd(e|er|es|ern)?\b/, use: 'Stufe' },
    { term: /\bEngagements?\b/, use: 'Assessment' },
    { term: /Evidenz/i, use: 'Nachweise' },
    { term: /Wiederholungsbewertung|Erstbewertung/i, use: 'Wiederholungsassessment' },
  ],
} as const

type Formatter = (...args: unknown[]) => unknown

/**
 * Argument sets a formatter is called with: numbers and strings print every interpolation, and
 * the empty values walk the other side of conditionals (`total ? … : ''`, `answer ? … : 'pas
 * encore évalué'`). A formatter that cannot take an empty value is only called with the first.
 */
const SAMPLES: readonly unknown[] = [7, 'D7', 0, '', null]

/** Every text a catalogue can print, as `[key, text]`, formatters called on each sample. */
function listTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function') {
    const texts = new Set<string>()
    for (const [i, sample] of SAMPLES.entries()) {
      try {
        texts.add(String((value as Formatter)(...Array(value.length).fill(sample))))
      } catch (error) {
        if (i === 0) throw error
      }
    }
    return [...texts].map((text) => [path, text])
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => listTexts(item, `${path}.${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) =>
      listTexts(child, path ? `${path}.${key}` : key),
    )
  return []
}

describe('report vocabulary follows the glossary (#19)', () => {
  for (const locale of ['fr', 'de'] as const) {
    it(`${locale}: no report text uses a term the glossary replaced`, () => {
      const texts = listTexts(REPORT_CATALOGUES[locale])
      expect(texts.length).toBeGreaterThan(300)
      const offending = texts.flatMap(([key, text]) =>
        FORBIDDEN[locale]
          .filter(({ term }) => term.test(text))
          .map(({ term, use }) => `${key}: ${term} in "${text}" (use ${use})`),
      )
      expect(offending).toEqual([])
    })
  }

  it('the check catches the old wording', () => {
    const hits = (locale: 'fr' | 'de', text: string) =>
      FORBIDDEN[locale].filter(({ term }) => term.test(text)).length
    expect(hits('fr', 'Bande plafonnée par les facteurs critiques')).toBe(2)
    expect(hits('fr', 'Seuil de succès')).toBe(1)
    expect(hits('de', 'Band von High auf Low begrenzt durch die kritischen Treiber')).toBe(2)
    expect(hits('de', 'Bedeutungen der Bänder')).toBe(1)
    // Band names and the glossary's own words pass.
    expect(hits('de', 'Stufe Borderline: 3 von 10 Drivern, dünne Nachweise')).toBe(0)
    expect(hits('fr', 'Niveau Borderline : 3 drivers sur 10, éléments probants insuffisants')).toBe(
      0,
    )
  })
})
