/**
 * The `TranslationMark` type: how a response says that a method text is our translation
 * (`[DESIGN]`, not SEI's wording) while the text keeps the provenance of its English original.
 *
 * @packageDocumentation
 */
import type { TranslationMark } from '@immd/core/method-types'
import { builder } from '../builder.js'
import { ProvenanceEnum } from './enums.js'
import { LocaleEnum } from './locale-enum.js'

const TranslationMarkRef = builder.objectRef<TranslationMark>('TranslationMark').implement({
  description:
    "Marks a text as our translation of the English method text: a DESIGN choice, not SEI's wording. The text keeps the provenance of what it translates.",
  fields: (t) => ({
    locale: t.field({
      type: LocaleEnum,
      description: 'The language of the translated text.',
      resolve: (m) => m.locale,
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description: 'Always DESIGN: the translation is ours.',
      resolve: (m) => m.provenance,
    }),
    source: t.exposeString('source', {
      description:
        "Source tag of the translation, e.g. `IMMD-1.0-FR (our translation, not SEI's)`.",
    }),
  }),
})

/** The nullable `translation` field of every method part whose texts may be translated. */
export const translationField = (description: string) => ({
  type: TranslationMarkRef,
  nullable: true as const,
  description,
})
