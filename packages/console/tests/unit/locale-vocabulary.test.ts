import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../src/locales/all-catalogues'
import { flattenCatalogue } from '../../src/locales/catalogue-check'

/**
 * Terms the glossary (docs/languages.md, "Method terms") replaced; the report catalogues are held
 * to the same list (packages/reports/tests/report-vocabulary.test.ts). A band is *niveau* /
 * *Stufe*, a driver stays *driver* / *Driver*, an engagement is an *évaluation* / *Assessment*,
 * evidence *éléments probants* / *Nachweise*.
 */
const FORBIDDEN = {
  fr: [
    /\bfacteurs?\b/i,
    /\bbandes?\b/i,
    /\bengagements?\b/i,
    /\bpreuves?\b/i,
    /\b(seuil|potentiel|profil) de succès\b/i,
  ],
  de: [
    /Treiber/i,
    // The band names (Minimal … Excellent, "Borderline") stay English and do not match.
    /\bB[aä]nd(e|er|es|ern)?\b/,
    /\bEngagements?\b/,
    /Evidenz/i,
    /Wiederholungsbewertung|Erstbewertung/i,
  ],
} as const

/**
 * The method's names of the data items' effect codes ("success driver" → « facteur de réussite »,
 * core's immd-1-0 French locale): a method term of its own, printed as the method names it.
 */
const METHOD_EFFECT_NAMES = /\bfacteur (de réussite|d[’']échec|neutre|inconnu)\b/gi

/** The words a reader sees: placeholder names (`{engagements}`) are code, not text. */
function readable(message: string): string {
  return message.replace(/\{\w+\}/g, '').replace(METHOD_EFFECT_NAMES, '')
}

describe('console vocabulary follows the glossary (#19)', () => {
  for (const locale of ['fr', 'de'] as const) {
    it(`${locale}: no message uses a term the glossary replaced`, () => {
      const messages = [...flattenCatalogue(MESSAGES[locale])]
      expect(messages.length).toBeGreaterThan(500)
      const offending = messages.flatMap(([key, message]) => {
        const text = readable(String(message))
        return FORBIDDEN[locale]
          .filter((term) => term.test(text))
          .map((term) => `${key}: ${term} in "${String(message)}"`)
      })
      expect(offending).toEqual([])
    })
  }

  it('the check catches the old wording and lets the effect-code names pass', () => {
    const hits = (locale: 'fr' | 'de', message: string) =>
      FORBIDDEN[locale].filter((term) => term.test(readable(message))).length
    expect(hits('fr', 'Bande plafonnée par les facteurs critiques')).toBe(2)
    expect(hits('de', 'Band von High auf Low begrenzt durch die kritischen Treiber')).toBe(2)
    expect(hits('fr', '+ facteur de réussite')).toBe(0)
    expect(hits('de', 'Stufe Borderline: 3 von 10 Drivern')).toBe(0)
  })
})
