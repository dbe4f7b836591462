/**
 * Evidence file uploads and downloads: same-origin routes of the API that check the same
 * credentials as GraphQL (the API token, or the password session's cookie plus its CSRF token).
 */

/** Auth headers of a request: the token when signed in with one, else the session's CSRF token. */
export function evidenceHeaders(token: string | null, csrf: string | null): Record<string, string> {
  if (token) return { authorization: `Bearer ${token}` }
  return csrf ? { 'x-csrf-token': csrf } : {}
}

/** What the upload route answers. */
export interface UploadedEvidence {
  id: string
  version: number
  fileName: string
  sha256: string
}

/** Uploads a file to a document or a data item; throws with the API's message on a refusal. */
export async function uploadEvidence(options: {
  owner: 'documents' | 'data-items'
  ownerId: string
  file: File
  tlp: string
  headers: Record<string, string>
}): Promise<UploadedEvidence> {
  const form = new FormData()
  form.set('tlp', options.tlp)
  form.set('file', options.file, options.file.name)
  const response = await fetch(
    `/evidence/${options.owner}/${encodeURIComponent(options.ownerId)}/files`,
    { method: 'POST', body: form, headers: options.headers, credentials: 'same-origin' },
  )
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) throw new Error(String(body.error ?? `${response.status}`))
  return body as unknown as UploadedEvidence
}

/** Downloads a file and hands it to the browser under its name. */
export async function downloadEvidence(
  path: string,
  fileName: string,
  headers: Record<string, string>,
): Promise<void> {
  const response = await fetch(path, { headers, credentials: 'same-origin' })
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  const href = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.click()
  URL.revokeObjectURL(href)
}
