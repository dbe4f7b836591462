/**
 * The GraphQL `Locale` enum: the languages of the console, of method texts and of a user's
 * `preferredLocale` (one type for all three).
 *
 * @packageDocumentation
 */
import type { Locale } from '@immd/core/locale'
import { builder } from '../builder.js'

/** `EN`, `FR`, `DE`, mapped to the lower-case codes `@immd/core` uses. */
export const LocaleEnum = builder.enumType('Locale', {
  description: 'A language of the console and of its messages.',
  values: {
    EN: { value: 'en' as Locale, description: 'English (the reference language).' },
    FR: { value: 'fr' as Locale, description: 'French.' },
    DE: { value: 'de' as Locale, description: 'German.' },
  },
})
