/**
 * The evidence file routes beside `/graphql`, authenticated like every other route
 * (`http/route-auth.ts`: API token, or the console's session cookie plus its CSRF header on POST):
 *
 * - `POST /evidence/documents/<Document id>/files` and `POST /evidence/data-items/<DataItem id>/files`:
 *   a `multipart/form-data` upload (part `file`, optional field `tlp`), answered with the stored
 *   version's metadata and SHA-256;
 * - `GET /evidence/files/<EvidenceFile id>`: the bytes, with the stored (sniffed) media type.
 *
 * Ids are the GraphQL global ids. Refusals are JSON `{ code, error }` with the status of
 * `evidence-errors.ts`.
 *
 * @packageDocumentation
 */
import { decodeGlobalID } from '@pothos/plugin-relay'
import type { Plugin } from 'graphql-yoga'
import { authenticateRoute, jsonErrorResponse, type RouteAuthOptions } from '../http/route-auth.js'
import { API_RESPONSE_HEADERS } from '../security/http-guards.js'
import { EvidenceError } from './evidence-errors.js'
import type { EvidenceOptions } from './evidence-options.js'
import {
  type EvidenceOwner,
  evidenceNotFound,
  readEvidence,
  storeEvidence,
} from './evidence-store.js'
import { receiveUpload } from './evidence-upload.js'

/** Prefix of the evidence routes. */
export const EVIDENCE_PATH = '/evidence'

const UPLOAD = /^\/evidence\/(documents|data-items)\/([^/]+)\/files$/
const DOWNLOAD = /^\/evidence\/files\/([^/]+)$/

/** Options of {@link useEvidenceRoutes}. */
export interface EvidenceRouteOptions extends RouteAuthOptions {
  evidence: EvidenceOptions
  onUnexpectedError: (error: unknown) => Response
}

/** The database id of a global id of `type`, or null (a malformed id is a missing file). */
function idOf(segment: string, type: string): string | null {
  try {
    const decoded = decodeGlobalID(decodeURIComponent(segment))
    return decoded.typename === type ? decoded.id : null
  } catch {
    return null
  }
}

function refusal(error: EvidenceError): Response {
  return jsonErrorResponse(error.status, error.refusal, error.message, API_RESPONSE_HEADERS)
}

/** An RFC 6266 `content-disposition` with an ASCII fallback and the UTF-8 name. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/** The Yoga plugin answering the evidence routes; every other request passes through. */
export function useEvidenceRoutes(options: EvidenceRouteOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith(`${EVIDENCE_PATH}/`)) return
      const upload = UPLOAD.exec(url.pathname)
      const download = DOWNLOAD.exec(url.pathname)
      const method = upload ? 'POST' : download ? 'GET' : null
      if (!method) {
        endResponse(jsonErrorResponse(404, 'NOT_FOUND', `No evidence route ${url.pathname}.`))
        return
      }
      if (request.method !== method) {
        endResponse(
          jsonErrorResponse(405, 'METHOD_NOT_ALLOWED', `${url.pathname} takes ${method}.`, {
            allow: method,
          }),
        )
        return
      }
      const ctx = await authenticateRoute(request, serverContext, options)
      if (ctx instanceof Response) {
        endResponse(ctx)
        return
      }
      try {
        if (upload) {
          const [, kind, segment] = upload as unknown as [string, string, string]
          const type = kind === 'documents' ? 'Document' : 'DataItem'
          const id = idOf(segment, type)
          if (!id) throw evidenceNotFound()
          const owner: EvidenceOwner =
            kind === 'documents' ? { kind: 'document', id } : { kind: 'dataItem', id }
          const received = await receiveUpload(request, options.evidence.maxBytes)
          const stored = await storeEvidence(ctx, owner, received, options.evidence)
          endResponse(
            new Response(
              JSON.stringify({
                id: Buffer.from(`EvidenceFile:${stored.id}`).toString('base64'),
                version: stored.version,
                fileName: stored.fileName,
                mediaType: stored.mediaType,
                sizeBytes: stored.sizeBytes,
                sha256: stored.sha256,
                tlp: stored.tlp,
              }),
              {
                status: 201,
                headers: {
                  'content-type': 'application/json; charset=utf-8',
                  'cache-control': 'no-store',
                  ...API_RESPONSE_HEADERS,
                },
              },
            ),
          )
          return
        }
        const id = idOf((download as RegExpExecArray)[1] as string, 'EvidenceFile')
        if (!id) throw evidenceNotFound()
        const file = await readEvidence(ctx, id)
        endResponse(
          new Response(new Uint8Array(file.content), {
            headers: {
              'content-type': file.mediaType,
              'content-length': String(file.content.byteLength),
              'content-disposition': disposition(file.fileName),
              'x-content-sha256': file.sha256,
              'cache-control': 'private, no-store',
              'content-security-policy': "default-src 'none'; sandbox",
              ...API_RESPONSE_HEADERS,
            },
          }),
        )
      } catch (error) {
        endResponse(
          error instanceof EvidenceError ? refusal(error) : options.onUnexpectedError(error),
        )
      }
    },
  }
}
