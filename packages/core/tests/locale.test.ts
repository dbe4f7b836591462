/** Mapping an `Accept-Language` header or POSIX locale variables onto the supported locales. */
import { describe, expect, it } from 'vitest'
import { isLocale, localeFromPosix, matchLocale, negotiateLocale } from '../src/locale.js'

describe('negotiateLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'fr'],
    ['es-ES, de;q=0.8, en;q=0.5', 'de'],
    ['en;q=0.4, de-AT;q=0.9', 'de'],
    ['DE-de', 'de'],
    ['fr;q=0, en', 'en'],
    ['de;q=0.5, fr;q=0.5', 'de'],
  ])('picks the best supported language of "%s"', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale)
  })

  it.each([[undefined], [null], [''], ['*'], ['es, it;q=0.8'], ['fr;q=abc']])(
    'names no locale for %j, so the caller falls back',
    (header) => {
      expect(negotiateLocale(header)).toBeNull()
    },
  )
})

describe('localeFromPosix', () => {
  it('reads LC_ALL before LC_MESSAGES before LANG', () => {
    expect(localeFromPosix({ LANG: 'fr_FR.UTF-8' })).toBe('fr')
    expect(localeFromPosix({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'de_DE' })).toBe('de')
    expect(localeFromPosix({ LANG: 'fr_FR.UTF-8', LC_ALL: 'de_AT.UTF-8@euro' })).toBe('de')
  })

  it('takes C, POSIX and unsupported languages for English, and unset for no preference', () => {
    expect(localeFromPosix({ LANG: 'fr_FR.UTF-8', LC_ALL: 'C' })).toBe('en')
    expect(localeFromPosix({ LANG: 'es_ES.UTF-8' })).toBe('en')
    expect(localeFromPosix({ LANG: '' })).toBeNull()
    expect(localeFromPosix({})).toBeNull()
  })
})

it('matches primary subtags only and knows its locales', () => {
  expect(matchLocale('fr-CA')).toBe('fr')
  expect(matchLocale('frr')).toBeNull()
  expect([isLocale('de'), isLocale('DE'), isLocale('es'), isLocale(1)]).toEqual([
    true,
    false,
    false,
    false,
  ])
})
