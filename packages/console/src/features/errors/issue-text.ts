/**
 * Input issues and typed errors in the reader's language. The API sends each validation issue's
 * `code` with `subject` and `limit` beside an English `message`, and typed errors by their type;
 * the console writes the sentence from its catalogues (`inputIssue.*`, `fieldLabel.*`,
 * `errorKind.*`) and keeps the API's English only for a code it does not know (a newer API).
 */

/** The fields of a `ValidationIssue` the sentence needs. */
export interface InputIssueText {
  path: string
  code?: string | null
  subject?: string | null
  limit?: number | null
}

/** vue-i18n's `t` with named values, `te` (whether a key exists) and `n` (a number, per locale). */
export interface IssueTranslator {
  t: (key: string, named?: Record<string, unknown>) => string
  te: (key: string) => boolean
  n: (value: number) => string
}

/** The field a path names: its last segment that is not a list index (`input.items.2.title` → `title`). */
function fieldOf(path: string): string | null {
  return (
    path
      .split('.')
      .filter((segment) => !/^\d+$/.test(segment))
      .pop() ?? null
  )
}

/** The sentence for one input issue, or null when its code is unknown here (the API's English stays). */
export function describeInputIssue(issue: InputIssueText, i18n: IssueTranslator): string | null {
  const { t, te, n } = i18n
  if (!issue.code || !te(`inputIssue.${issue.code}`)) return null
  const name = fieldOf(issue.path)
  const field = name && te(`fieldLabel.${name}`) ? t(`fieldLabel.${name}`) : t('fieldLabel.default')
  return t(`inputIssue.${issue.code}`, {
    field,
    subject: issue.subject ?? '',
    limit: typeof issue.limit === 'number' ? n(issue.limit) : '',
  })
}

/** The kinds of typed error the console writes itself, whatever their English message says. */
const WRITTEN_KINDS = new Set(['NotFoundError', 'NotAuthorizedError'])

/**
 * The sentence for a typed error by its kind, or null to keep the API's message. A
 * `ConflictError` is written only when it is a stale version (`currentVersion` set): a conflict
 * over a unique name says which name, and only its message has that.
 */
export function describeErrorKind(
  error: { __typename?: string; currentVersion?: number | null },
  i18n: Pick<IssueTranslator, 't' | 'te'>,
): string | null {
  const kind = error.__typename ?? ''
  const written =
    WRITTEN_KINDS.has(kind) ||
    (kind === 'ConflictError' && typeof error.currentVersion === 'number')
  return written && i18n.te(`errorKind.${kind}`) ? i18n.t(`errorKind.${kind}`) : null
}
