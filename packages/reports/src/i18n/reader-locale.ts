/**
 * The language of a downloaded report: the `locale` query parameter, else the signed-in user's
 * preferred locale (`User.preferredLocale`, read through the same in-process GraphQL as the report
 * itself), else the request's `Accept-Language`, else English.
 *
 * @packageDocumentation
 */
import type { createClient } from '@immd/sdk/client'
import { type ReportLocale, resolveReportLocale } from './report-locale.js'

/**
 * The reader's preferred locale. Sent as text (like the restricted export document) so that it is
 * independent of the SDK's generated documents; a deployment whose schema has no
 * `User.preferredLocale` yet answers with a validation error, which reads as "no preference".
 */
const PREFERRED_LOCALE = {
  toString: () => 'query ReportReaderLocale { viewer { user { preferredLocale } } }',
} as unknown as Parameters<ReturnType<typeof createClient>['request']>[0]

/** Reads the user's preferred locale; null when there is none or it cannot be read. */
async function readPreferredLocale(
  client: ReturnType<typeof createClient>,
): Promise<string | null> {
  try {
    const data = (await client.request(PREFERRED_LOCALE, {})) as {
      viewer?: { user?: { preferredLocale?: string | null } | null } | null
    }
    return data.viewer?.user?.preferredLocale ?? null
  } catch {
    // A preference is a nicety: it never fails a download (the report query reports real errors).
    return null
  }
}

/** The locale of a download request, asking the API for the user's preference only when needed. */
export async function resolveDownloadLocale(
  request: Request,
  client: ReturnType<typeof createClient>,
): Promise<ReportLocale> {
  const query = new URL(request.url).searchParams.get('locale')
  if (query) return resolveReportLocale({ query })
  return resolveReportLocale({
    preferred: await readPreferredLocale(client),
    acceptLanguage: request.headers.get('accept-language'),
  })
}
