// @vitest-environment node
/**
 * The trusted-documents manifest (`src/gql/persisted-documents.json`, shipped as
 * `dist/persisted-documents.json`) covers every operation the console can send: each generated
 * document carries an id, the manifest holds exactly those ids, each id is the SHA-256 of its text,
 * and each text is valid against the API's committed schema. With trusted-only mode on, a document
 * missing here could not be sent by a cookie session at all (sign-in included).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { buildSchema, type DocumentNode, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import * as generated from '../../src/gql/graphql'
import { persistedId } from '../../src/trusted-documents'

const schema = buildSchema(
  readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'),
)
const manifest = JSON.parse(
  readFileSync(new URL('../../src/gql/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>
const operations = Object.entries(generated)
  .filter(
    ([name, value]) => name.endsWith('Document') && typeof value === 'object' && value !== null,
  )
  .map(([name, value]) => [name.replace(/Document$/, ''), value as DocumentNode] as const)
  .filter(([, doc]) => doc.definitions.some((d) => d.kind === 'OperationDefinition'))
const byId = new Map(
  Object.entries(manifest).map(([key, text]) => [key.replace(/^sha256:/, ''), text]),
)

describe('persisted documents', () => {
  it('lists exactly the generated operations', () => {
    expect(operations.length).toBeGreaterThan(40)
    expect(new Set(operations.map(([, doc]) => persistedId(doc)))).toEqual(new Set(byId.keys()))
  })

  it.each([
    'Login',
    'Logout',
    'ChangePassword',
    'SignInViewer',
    'Organizations',
    'Portfolio',
    'EngagementResults',
    'EngagementChanged',
    'EvaluateDriver',
    'ImportTeams',
  ])('has %s, by the id the client sends', (name) => {
    const doc = operations.find(([operation]) => operation === name)?.[1]
    if (!doc) throw new Error(`the console has no ${name} operation`)
    const text = byId.get(persistedId(doc))
    expect(text).toMatch(
      new RegExp(`^(fragment [\\s\\S]*)?(query|mutation|subscription) ${name}\\b`),
    )
  })

  it.each([...byId])('%s is the SHA-256 of a document valid against the schema', (id, text) => {
    expect(createHash('sha256').update(text).digest('hex')).toBe(id)
    expect(validate(schema, parse(text))).toEqual([])
  })

  it('asks for no __typename on an operation’s root, as Apollo itself would not', () => {
    // `useWrite` reads a mutation's payload as the first field of its data.
    for (const text of byId.values()) {
      for (const definition of parse(text).definitions) {
        if (definition.kind !== 'OperationDefinition') continue
        const names = definition.selectionSet.selections.map(
          (s) => s.kind === 'Field' && s.name.value,
        )
        expect(names).not.toContain('__typename')
      }
    }
  })

  it('asks for __typename everywhere Apollo’s cache needs it', () => {
    // The server runs the manifest's text: without `__typename` the cache could not tell
    // `LoginPayload` from an `Error` result.
    const login = operations.find(([name]) => name === 'Login')?.[1] as DocumentNode
    expect(byId.get(persistedId(login))).toContain(
      'login(input: {email: $email, password: $password}) { __typename',
    )
  })
})
