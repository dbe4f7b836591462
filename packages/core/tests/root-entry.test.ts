/**
 * `import { … } from '@immd/core'` gives every runtime export of the public top-level modules, the
 * same functions as their subpath entries (which stay), and the package maps `.` to it.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import * as analytics from '../src/analytics.js'
import * as consensus from '../src/consensus.js'
import * as root from '../src/index.js'
import * as parseInventory from '../src/inventory/parse-inventory.js'
import * as lifecycle from '../src/lifecycle.js'
import * as locale from '../src/locale.js'
import * as localization from '../src/localization.js'
import * as method from '../src/method.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import * as planning from '../src/planning.js'
import * as scoring from '../src/scoring.js'
import * as sensitivity from '../src/sensitivity.js'
import * as tailoring from '../src/tailoring.js'

describe('the root entry of @immd/core', () => {
  it('re-exports every runtime export of the public modules, identical to the subpath', () => {
    const modules = {
      analytics,
      consensus,
      parseInventory,
      lifecycle,
      locale,
      localization,
      method,
      planning,
      scoring,
      sensitivity,
      tailoring,
    }
    for (const [name, module] of Object.entries(modules)) {
      for (const [key, value] of Object.entries(module)) {
        expect(root[key as keyof typeof root], `${name}.${key}`).toBe(value)
      }
    }
    expect(root.IMMD_1_0).toBe(IMMD_1_0)
  })

  it('scores with the built-in method from the root import alone', () => {
    const score = root.scoreDiagnostic({
      method: root.IMMD_1_0,
      answers: Object.fromEntries(root.IMMD_1_0.drivers.map((driver) => [driver.id, 'yes'])),
    })
    expect(score.total).toBe(100)
    expect(score.band).toBe('excellent')
  })

  it('maps the package root to the built entry and keeps the subpaths', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
    expect(manifest.exports['.']).toEqual({
      types: './dist/index.d.ts',
      default: './dist/index.js',
    })
    expect(manifest.exports['./*']).toEqual({ types: './dist/*.d.ts', default: './dist/*.js' })
  })
})
