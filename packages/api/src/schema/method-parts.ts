/**
 * What every object type over a part of a method shares: the sourced text, a part paired with its
 * method, and the part's API-wide id.
 *
 * @packageDocumentation
 */
import type { MethodDefinition, SourcedText } from '@immd/core/method-types'
import { builder } from '../builder.js'
import { ProvenanceEnum } from './enums.js'
import { translationField } from './translation-mark.js'

export const SourcedTextRef = builder.objectRef<SourcedText>('SourcedText').implement({
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'In the language of the request (`Accept-Language`); English when untranslated.',
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description: 'Provenance of the original text; a translation keeps it.',
      resolve: (s) => s.provenance,
    }),
    source: t.exposeString('source', { description: 'Source tag(s), e.g. `SEED-IMMD`.' }),
    translation: t.field({
      ...translationField('Set when `text` is our translation; null for the English original.'),
      resolve: (s) => s.translation ?? null,
    }),
  }),
})

/** A method part together with the method it belongs to (for id lookups and scoped ids). */
export interface InMethod<T> {
  method: MethodDefinition
  item: T
}

/** Wraps the parts of one method for the types below. */
export const inMethod = <T>(method: MethodDefinition, items: readonly T[]): InMethod<T>[] =>
  items.map((item) => ({ method, item }))

/**
 * The id of a method part, unique across the API: the method version (unique across
 * organizations) then the part's code, e.g. `immd-1.0:D3`. A tailored method may give the same
 * code other content (a weight, a prompt), so the code alone would let a normalizing client cache
 * (Apollo, urql) show one method's driver under another.
 */
export const methodPartId = (method: MethodDefinition, ...codes: string[]) =>
  [scopeOf(method), ...codes].join(':')

/**
 * The version, plus `@<locale>` for a translated copy (`immd-1.0@fr:D3`): the same part in two
 * languages has two texts, so a normalizing client cache must not merge them. English ids stay.
 */
const scopeOf = (method: MethodDefinition) =>
  method.locale === undefined || method.locale === 'en'
    ? method.version
    : `${method.version}@${method.locale}`
