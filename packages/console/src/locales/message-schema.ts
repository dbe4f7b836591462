/**
 * The shape every catalogue has: the English one's. Its own module so that the French and German
 * catalogues can name it without importing `i18n.ts`, which loads them (an import cycle).
 */
import type en from './en'

export type MessageSchema = typeof en
