import { describe, expect, it } from 'vitest'
import {
  createLocaleControl,
  pickBrowserLocale,
  readInitialLocale,
  SUPPORTED_LOCALES,
} from '../../src/composables/use-locale'
import { createAppI18n, ensureCatalogue, loadCatalogue } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'
import { compareCatalogues, flattenCatalogue } from '../../src/locales/catalogue-check'
import en from '../../src/locales/en'

describe('locale catalogues', () => {
  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))(
    '%s has exactly the keys, placeholders and plural branches of English',
    (locale) => {
      expect(compareCatalogues(en, MESSAGES[locale])).toEqual([])
    },
  )

  it('translates: a French or German message differs from English where English is a sentence', () => {
    const english = flattenCatalogue(en)
    for (const locale of ['fr', 'de'] as const) {
      const translated = flattenCatalogue(MESSAGES[locale])
      const same = [...english].filter(
        ([key, text]) => String(text).split(' ').length > 3 && translated.get(key) === text,
      )
      expect(
        same.map(([key]) => key),
        locale,
      ).toEqual([])
    }
  })

  it('reports each kind of drift it guards against', () => {
    const reference = { a: 'Hello {name}', b: { c: 'one | many', d: 'x' } }
    const drifted = { a: 'Bonjour {nom}', b: { c: 'un', e: 'y' } }
    expect(compareCatalogues(reference, drifted)).toEqual([
      { kind: 'placeholders', key: 'a', detail: '{name} ≠ {nom}' },
      { kind: 'plural', key: 'b.c', detail: '2 ≠ 1' },
      { kind: 'missing', key: 'b.d' },
      { kind: 'extra', key: 'b.e' },
    ])
  })

  it('formats dates and numbers per locale', () => {
    const i18n = createAppI18n('de', MESSAGES)
    const day = new Date(Date.UTC(2026, 2, 5, 12))
    expect(i18n.global.d(day, 'short')).toBe('5. März 2026')
    expect(i18n.global.n(12345, 'integer')).toBe('12.345')
    i18n.global.locale.value = 'fr'
    expect(i18n.global.d(day, 'short')).toBe('5 mars 2026')
    expect(i18n.global.n(12345, 'integer')).toBe('12\u202f345')
    i18n.global.locale.value = 'en'
    expect(i18n.global.d(day, 'short')).toBe('Mar 5, 2026')
  })
})

describe('choosing the language', () => {
  it("takes the first of the browser's languages the console ships, by primary subtag", () => {
    expect(pickBrowserLocale(['de-AT', 'en-US'])).toBe('de')
    expect(pickBrowserLocale(['it-IT', 'fr-CH'])).toBe('fr')
    expect(pickBrowserLocale(['it-IT'])).toBe('en')
    expect(pickBrowserLocale([])).toBe('en')
  })

  it("prefers the device's remembered choice, ignoring anything unknown", () => {
    const storage = (value: string | null) => ({ getItem: () => value })
    expect(readInitialLocale(storage('fr'), ['de-DE'])).toBe('fr')
    expect(readInitialLocale(storage('xx'), ['de-DE'])).toBe('de')
    expect(readInitialLocale(null, ['fr'])).toBe('fr')
    const refusing = {
      getItem: () => {
        throw new Error('storage disabled')
      },
    }
    expect(readInitialLocale(refusing, ['de'])).toBe('de')
  })
})

describe('loading a language on demand', () => {
  it('starts with English only and loads French before the switch shows it', async () => {
    const i18n = createAppI18n('en')
    expect(i18n.global.availableLocales).toEqual(['en'])
    const root = { lang: '' }
    const seenWhenLoaded: string[] = []
    const control = createLocaleControl({
      locale: i18n.global.locale,
      storage: null,
      root,
      refetch: async () => undefined,
      load: async (locale) => {
        await ensureCatalogue(i18n, locale)
        seenWhenLoaded.push(i18n.global.locale.value)
      },
    })
    await control.change('fr')
    // The catalogue was there before the language changed, so no English flash.
    expect(seenWhenLoaded).toEqual(['en'])
    expect(i18n.global.locale.value).toBe('fr')
    expect(root.lang).toBe('fr')
    expect(i18n.global.t('app.name')).toBe(MESSAGES.fr.app.name)
    expect(await loadCatalogue('de')).toEqual(MESSAGES.de)
  })
})
