/**
 * The report download route of the API (`GET /engagements/<id>/report.<format>`), on both engines:
 * the caller's own credentials, the download headers, 404 for an engagement the caller cannot read, 401 without credentials, and
 * the reader's stored preferred locale taken from the request's viewer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId, type MutationSuite, setupMutationSuite } from './support/mutations.js'

describe.each(TEST_ENGINES)('report download route (%s)', (engine) => {
  let suite: MutationSuite
  let finished: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    finished = globalId('Engagement', suite.demo.finishedEngagementId)
  })
  afterAll(() => suite?.db.close())

  const download = (
    id: string,
    path: string,
    token: string | null = suite.demo.leadToken,
    headers: Record<string, string> = {},
  ) =>
    suite.yoga.fetch(`http://yoga/engagements/${encodeURIComponent(id)}/${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    })

  it('serves a PDF to a member with the download headers', async () => {
    const response = await download(finished, 'report.pdf')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.pdf"$/)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('vary')).toBe('accept-language, cookie, authorization')
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('answers 404 for an engagement of another organization and 401 without credentials', async () => {
    const foreign = await download(finished, 'report.docx', suite.foreign.token)
    expect(foreign.status).toBe(404)
    expect(await foreign.json()).toEqual({ error: 'No such engagement.' })
    const missing = await download(globalId('Engagement', 'no-such-id'), 'report.csv')
    expect(missing.status).toBe(404)
    const anonymous = await download(finished, 'report.pdf', null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('writes in the reader’s preferred locale, before Accept-Language and after ?locale=', async () => {
    // `setPreferredLocale` is for console sessions; the stored value is what the viewer reads.
    const setPreference = (preferredLocale: string | null) =>
      suite.db.prisma.user.update({ where: { id: suite.demo.leadId }, data: { preferredLocale } })
    await setPreference('fr')
    try {
      const preferred = await download(finished, 'report.csv', suite.demo.leadToken, {
        'accept-language': 'de',
      })
      expect(preferred.status).toBe(200)
      expect(preferred.headers.get('content-language')).toBe('fr')
      const asked = await download(finished, 'report.csv?locale=en')
      expect(asked.headers.get('content-language')).toBe('en')
    } finally {
      await setPreference(null)
    }
  })
})
