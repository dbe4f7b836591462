import { describe, expect, it } from 'vitest'
import { REPORT_CATALOGUES, REPORT_LOCALES } from '../src/i18n/report-locale.js'

/** Every leaf of a catalogue as `path: kind` (`string`, `function/2`, `array/6`). */
function listKeys(value: unknown, path = ''): Map<string, string> {
  const keys = new Map<string, string>()
  if (typeof value === 'string') keys.set(path, 'string')
  else if (typeof value === 'function') keys.set(path, `function/${value.length}`)
  else if (Array.isArray(value)) keys.set(path, `array/${value.length}`)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, kind] of listKeys(child, path ? `${path}.${key}` : key))
        keys.set(childPath, kind)
    }
  }
  return keys
}

/** Every string a catalogue holds, with formatters called on sample arguments. */
function listTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function')
    return [[path, String((value as (...a: unknown[]) => unknown)(...Array(value.length).fill(7)))]]
  if (Array.isArray(value)) return value.flatMap((item, i) => listTexts(item, `${path}.${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) =>
      listTexts(child, path ? `${path}.${key}` : key),
    )
  return []
}

/** Suppression reasons share one signature (the threshold); "not opted in" names none. */
const IGNORES_ITS_ARGUMENT = new Set(['benchmark.suppression.NOT_OPTED_IN'])

describe('report catalogues (#19)', () => {
  const english = listKeys(REPORT_CATALOGUES.en)

  it('has a catalogue for English, French and German', () => {
    expect([...REPORT_LOCALES]).toEqual(['en', 'fr', 'de'])
    expect(english.size).toBeGreaterThan(250)
  })

  for (const locale of REPORT_LOCALES) {
    it(`${locale}: every English key is present with the same shape, none extra`, () => {
      const keys = listKeys(REPORT_CATALOGUES[locale])
      const missing = [...english.keys()].filter((key) => !keys.has(key))
      const extra = [...keys.keys()].filter((key) => !english.has(key))
      const reshaped = [...english].filter(
        ([key, kind]) => keys.has(key) && !keys.get(key)?.startsWith(kind.split('/')[0] as string),
      )
      const arrays = [...english].filter(
        ([key, kind]) => kind.startsWith('array') && keys.get(key) !== kind,
      )
      expect({ missing, extra, reshaped, arrays }).toEqual({
        missing: [],
        extra: [],
        reshaped: [],
        arrays: [],
      })
    })

    it(`${locale}: no text is empty and every formatter prints its arguments`, () => {
      const texts = listTexts(REPORT_CATALOGUES[locale])
      expect(texts.filter(([, text]) => text.trim() === '')).toEqual([])
      // A formatter with arguments must use them (7 is the sample value), not print a constant;
      // the one whose argument only serves its siblings' signature is named here.
      const unused = texts.filter(([path, text]) => {
        const kind = english.get(path)
        return (
          kind?.startsWith('function/') &&
          kind !== 'function/0' &&
          !IGNORES_ITS_ARGUMENT.has(path) &&
          !text.includes('7')
        )
      })
      expect(unused).toEqual([])
    })
  }

  it('a translated catalogue is not the English one under another name', () => {
    const en = new Map(listTexts(REPORT_CATALOGUES.en))
    for (const locale of ['fr', 'de'] as const) {
      const same = listTexts(REPORT_CATALOGUES[locale]).filter(
        ([path, text]) => en.get(path) === text && /[a-z]{4,}\s+[a-z]{4,}/i.test(text),
      )
      // Only a few proper names may stay as they are (e.g. the method's own English title).
      expect(same.length, same.map(([path]) => path).join(', ')).toBeLessThanOrEqual(2)
    }
  })
})
