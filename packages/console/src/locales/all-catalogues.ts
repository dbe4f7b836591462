/**
 * Every catalogue at once, for tests (the catalogue check, the route sweep). The console loads
 * French and German only when chosen (`loadCatalogue` in `src/i18n.ts`); do not import this there.
 */
import type { AppLocale } from '../composables/use-locale'
import type { MessageSchema } from '../i18n'
import de from './de'
import en from './en'
import fr from './fr'

/** The catalogues by language code. */
export const MESSAGES: Record<AppLocale, MessageSchema> = { en, fr, de }
