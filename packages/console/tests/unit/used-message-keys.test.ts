/**
 * Every message key the console's code asks for exists in the English reference (and so, by
 * `locale-catalogues.test.ts`, in every language): `t('a.b')` with a literal key must name a
 * message, `t(`a.${x}`)` must name a group of messages. vue-i18n's `t` accepts any string, so
 * without this a mistyped key only shows as the raw key on the page.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { flattenCatalogue } from '../../src/locales/catalogue-check'
import en from '../../src/locales/en'

const SRC = join(import.meta.dirname, '..', '..', 'src')

/** Source files that may call `t` (the catalogues themselves excluded). */
function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === 'locales' || entry.name === 'gql' ? [] : listSources(path)
    return /\.(vue|ts)$/.test(entry.name) ? [path] : []
  })
}

/** `t('key'` / `$t('key'` / `te('key'` with a literal key, and the static prefix of template keys. */
const LITERAL = /(?<![\w$.])(?:\$t|t|te|tm)\(\s*'([A-Za-z0-9_.-]+)'/g
const TEMPLATE = /(?<![\w$.])(?:\$t|t|te|tm)\(\s*`([A-Za-z0-9_.-]*)\$\{/g

interface KeyUse {
  key: string
  file: string
  template: boolean
}

function collectKeyUses(): KeyUse[] {
  return listSources(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8')
    const file = relative(SRC, path)
    return [
      ...[...text.matchAll(LITERAL)].map((m) => ({ key: m[1] ?? '', file, template: false })),
      ...[...text.matchAll(TEMPLATE)].map((m) => ({ key: m[1] ?? '', file, template: true })),
    ]
  })
}

describe('message keys used by the console', () => {
  const messages = flattenCatalogue(en)
  const groups = new Set(
    [...messages.keys()].flatMap((key) => {
      const parts = key.split('.')
      return parts.slice(1).map((_, i) => `${parts.slice(0, i + 1).join('.')}.`)
    }),
  )
  const uses = collectKeyUses()

  it('finds the calls (the scan itself works)', () => {
    expect(uses.filter((use) => !use.template).length).toBeGreaterThan(300)
    expect(uses.some((use) => use.template && use.key === 'band.')).toBe(true)
  })

  it('every literal key names a message of the English catalogue', () => {
    const missing = uses
      .filter((use) => !use.template && typeof messages.get(use.key) !== 'string')
      .map((use) => `${use.file}: ${use.key}`)
    expect(missing).toEqual([])
  })

  it('every template key starts with a group of messages', () => {
    const missing = uses
      .filter((use) => use.template && use.key !== '' && !groups.has(use.key))
      .map((use) => `${use.file}: ${use.key}…`)
    expect(missing).toEqual([])
  })
})
