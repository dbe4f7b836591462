/**
 * The respondent routes of the API (`/respond/api/...`), called with the link's token in the
 * `x-respondent-token` header; no cookie is involved.
 */

/** A text of the handout with its provenance label. */
export interface HandoutText {
  text: string
  provenance: string
}

/** One rating of the respondent's answers. */
export interface RespondentRating {
  driverId: string
  answer: string | null
  note: string | null
}

/** The respondent's answers (the saved draft). */
export interface RespondentAnswers {
  ratings: RespondentRating[]
  comment: string | null
  suggestedDataItems: { text: string; effect: string; driverIds: string[] }[]
}

/** What `GET /respond/api/handout` answers. */
export interface RespondentView {
  pseudonym: string
  expiresAt: string
  submittedAt: string | null
  handout: {
    drivers: {
      id: string
      number: number
      shortName: string
      question: HandoutText
      prompts: HandoutText[]
    }[]
    answers: { answer: string; label: string; criteria: HandoutText | null }[]
    /** The handout follows the engagement's tailored method (drivers excluded by tailoring left out). */
    tailoring?: { tailored: boolean; excludedDrivers: number }
  }
  answers: RespondentAnswers
}

/** A refusal of the respondent routes. */
export class RespondentApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** Calls one respondent route; throws {@link RespondentApiError} on a refusal. */
export async function callRespondentApi<T>(
  token: string,
  route: 'handout' | 'answers' | 'submit',
  /** The page's language: the API answers the handout's method texts in it. */
  locale: string,
  body?: RespondentAnswers,
): Promise<T> {
  const method = route === 'handout' ? 'GET' : route === 'answers' ? 'PUT' : 'POST'
  const response = await fetch(`/respond/api/${route}`, {
    method,
    credentials: 'omit',
    headers: {
      'x-respondent-token': token,
      'accept-language': locale,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new RespondentApiError(
      String(json.code ?? 'other'),
      String(json.error ?? response.status),
    )
  }
  return json as T
}
