/**
 * Picks the language of `immd`'s human output and renders its messages: `--lang`, then
 * `IMMD_LANG`, then the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English. Errors carry
 * their message as a key and values ({@link Message}), so the same error prints in the user's
 * language on stderr and stays English in `--json` output.
 *
 * @packageDocumentation
 */
import { DEFAULT_LOCALE, type Locale, localeFromPosix, matchLocale } from '@immd/core/locale'
import { DE } from './de.js'
import { type Catalogue, EN, type MessageKey } from './en.js'
import { FR } from './fr.js'

export type { Catalogue, MessageKey } from './en.js'

/** The catalogue of every supported locale. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = Object.freeze({
  en: EN,
  fr: FR,
  de: DE,
})

/** The values a message takes: `[]` for a fixed text, `[{ … }]` otherwise. */
export type MessageParams<K extends MessageKey> = Parameters<Catalogue[K]>

/** A message not yet rendered: its key and values, typed together. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey]

/** Renders messages of one locale; a key and its values are type-checked together. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: MessageParams<K>
) => ReturnType<Catalogue[K]>

/** Builds a {@link Message} (for errors rendered later, in the locale of the output). */
export function message<K extends MessageKey>(key: K, ...params: MessageParams<K>): Message {
  return { key, params } as unknown as Message
}

/** A translator for `locale`. */
export function createTranslator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale]
  return ((key: MessageKey, ...params: unknown[]) =>
    (catalogue[key] as (...values: unknown[]) => unknown)(...params)) as Translate
}

/** Renders a {@link Message} in `locale`. */
export function renderMessage(locale: Locale, text: Message): string {
  const render = CATALOGUES[locale][text.key] as (...values: unknown[]) => unknown
  return String(render(...text.params))
}

/**
 * The locale of the human output: `--lang` (already checked by the option's choices), else
 * `IMMD_LANG` (`fr`, `de-CH`, `fr_FR.UTF-8`; an unsupported value is ignored), else the POSIX
 * locale variables, else English.
 */
export function resolveCliLocale(options: {
  flag?: string
  env: Readonly<Record<string, string | undefined>>
}): Locale {
  const flag = options.flag ? matchLocale(options.flag) : null
  const fromEnv = options.env.IMMD_LANG ? matchLocale(options.env.IMMD_LANG) : null
  return flag ?? fromEnv ?? localeFromPosix(options.env) ?? DEFAULT_LOCALE
}
