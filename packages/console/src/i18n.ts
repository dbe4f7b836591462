/** vue-i18n in Composition API mode; English ships, other locales add a file in `locales/`. */
import { createI18n } from 'vue-i18n'
import en from './locales/en'

/** The message schema every locale follows (English is the reference). */
export type MessageSchema = typeof en

/** Creates the app's i18n instance (one per app: no shared module state). */
export function createAppI18n(locale = 'en') {
  return createI18n<[MessageSchema], 'en'>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en },
    datetimeFormats: {
      en: {
        short: { year: 'numeric', month: 'short', day: 'numeric' },
        long: {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        },
      },
    },
  })
}
