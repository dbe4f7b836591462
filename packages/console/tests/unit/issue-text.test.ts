import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeErrorKind, describeInputIssue } from '../../src/features/errors/issue-text'
import { describeMutationError } from '../../src/features/errors/mutation-error'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'
import en from '../../src/locales/en'

/** The translator `useWrite` builds, for one locale. */
function translatorFor(locale: 'en' | 'fr' | 'de') {
  const { t, te, n } = createAppI18n(locale, MESSAGES).global
  return {
    t: (key: string, named?: Record<string, unknown>) => t(key, named ?? {}),
    te: (key: string) => te(key),
    n: (value: number) => n(value, 'integer'),
  }
}

/** A ValidationError result as the API answers it, with its English. */
const tooLong = {
  __typename: 'ValidationError',
  message: 'input.title: Too big: expected string to have <=200 characters',
  issues: [
    {
      path: 'input.title',
      message: 'Too big: expected string to have <=200 characters',
      code: 'TOO_LONG',
      subject: null,
      limit: 10000,
    },
  ],
}

describe('input issues in the reader’s language', () => {
  it('writes a coded issue with the field’s name and the bound formatted per locale', () => {
    const issue = tooLong.issues[0] as (typeof tooLong.issues)[0]
    expect(describeInputIssue(issue, translatorFor('en'))).toBe(
      'Title: at most 10,000 characters. Shorten it.',
    )
    expect(describeInputIssue(issue, translatorFor('fr'))).toBe(
      'Titre : 10\u202f000 caractères au maximum. Raccourcissez le texte.',
    )
    expect(describeInputIssue(issue, translatorFor('de'))).toBe(
      'Titel: höchstens 10.000 Zeichen. Bitte kürzen.',
    )
  })

  it('names a field it has no label for generically, and leaves an unknown code to the API', () => {
    const fr = translatorFor('fr')
    expect(describeInputIssue({ path: 'input.items.3.zork', code: 'REQUIRED' }, fr)).toBe(
      'Cette valeur : obligatoire. Renseignez-le.',
    )
    expect(describeInputIssue({ path: 'input.title', code: 'SOMETHING_NEWER' }, fr)).toBeNull()
    expect(describeInputIssue({ path: 'input.title', code: null }, fr)).toBeNull()
  })

  it('replaces Zod’s English in the whole error message', () => {
    const { t, te, n } = translatorFor('de')
    const message = describeMutationError(tooLong as never, undefined, undefined, (issue) =>
      describeInputIssue(issue, { t, te, n }),
    )
    expect(message).toBe('Titel: höchstens 10.000 Zeichen. Bitte kürzen.')
    expect(message).not.toContain('Too big')
  })

  it('has a sentence for every code the API documents, in every language', () => {
    // The codes the API documents on `ValidationIssue.code` in the committed schema.
    const schema = readFileSync(join(import.meta.dirname, '../../../api/schema.graphql'), 'utf8')
    const issueType = schema.slice(schema.indexOf('type ValidationIssue {'))
    const description = issueType.slice(0, issueType.indexOf('code: String'))
    const codes = [...description.matchAll(/`([A-Z][A-Z_]+)`: /g)].map((match) => match[1] ?? '')
    expect(codes.length).toBeGreaterThanOrEqual(30)
    expect(Object.keys(en.inputIssue).sort()).toEqual([...codes].sort())
    for (const locale of ['en', 'fr', 'de'] as const) {
      const translator = translatorFor(locale)
      for (const code of codes) {
        const text = describeInputIssue(
          { path: 'input.title', code, subject: 'X-1', limit: 3 },
          translator,
        )
        expect(text, `${locale} ${code}`).toBeTruthy()
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]/)
      }
    }
  })
})

describe('typed errors by their kind', () => {
  it('writes not-found, not-authorized and stale-version conflicts in the reader’s language', () => {
    const fr = translatorFor('fr')
    expect(describeErrorKind({ __typename: 'NotFoundError' }, fr)).toMatch(
      /^Cet élément n’existe plus/,
    )
    expect(describeErrorKind({ __typename: 'NotAuthorizedError' }, fr)).toMatch(/^Votre rôle/)
    expect(describeErrorKind({ __typename: 'ConflictError', currentVersion: 4 }, fr)).toMatch(
      /^Quelqu’un d’autre a modifié/,
    )
  })

  it('keeps the API’s message for a conflict over a unique name and for other kinds', () => {
    const de = translatorFor('de')
    expect(describeErrorKind({ __typename: 'ConflictError', currentVersion: null }, de)).toBeNull()
    expect(describeErrorKind({ __typename: 'InUseError' }, de)).toBeNull()
    const conflict = {
      __typename: 'ConflictError',
      message: 'A team with the short name CERT-X exists already.',
      currentVersion: null,
    }
    expect(
      describeMutationError(conflict as never, undefined, undefined, undefined, (error) =>
        describeErrorKind(error, de),
      ),
    ).toBe('A team with the short name CERT-X exists already.')
  })
})
