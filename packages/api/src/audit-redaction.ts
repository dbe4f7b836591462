/**
 * What an audit row may keep of a change (issue #23, item 10): the audit trail is read by the
 * organization's admins, who are not on every engagement's team, and it is append-only, so
 * anything written into it stays. Before/after images therefore never keep the text of interview
 * notes labelled TLP:AMBER, TLP:AMBER+STRICT or TLP:RED, nor interviewees' real names and
 * contacts: each is replaced by a marker with the SHA-256 of the value, so an auditor can still
 * tell that it changed (and check a copy held elsewhere) without reading it.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import { isRestrictedTlp } from './auth/disclosure.js'

/** What replaces a withheld value in an audit image. */
export interface RedactedValue {
  redacted: string
  sha256: string
}

/** The marker of a withheld value: why, and the hash of what it was. */
function withhold(reason: string, value: unknown): RedactedValue {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return { redacted: reason, sha256: createHash('sha256').update(text).digest('hex') }
}

/** Plain objects and null-prototype objects are walked; dates, buffers and class instances not. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Keys of a person's identity on a scope-list entry (an object that also has a `pseudonym`). */
const PERSON_KEYS = ['name', 'contact'] as const

/**
 * Returns a copy of an audit image without restricted note texts and real names (see the module
 * comment). Walks objects and arrays; other values are returned as they are. Linear in the size
 * of the image.
 */
export function redactAuditImage(image: unknown): unknown {
  if (Array.isArray(image)) return image.map(redactAuditImage)
  if (!isPlainObject(image)) return image
  const source = image as Record<string, unknown>
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source)) copy[key] = redactAuditImage(value)
  const label = source.notesTlp ?? source.tlp
  if (typeof source.notes === 'string' && source.notes && isRestrictedTlp(String(label ?? ''))) {
    copy.notes = withhold(`notes labelled TLP:${String(label).toUpperCase()}`, source.notes)
  }
  if ('pseudonym' in source) {
    for (const key of PERSON_KEYS) {
      if (typeof source[key] === 'string' && source[key]) {
        copy[key] = withhold(`the interviewee's ${key}`, source[key])
      }
    }
  }
  return copy
}

/** Keys whose text is personal or free-form: past the retention period, only their hash stays. */
const RETAINED_AS_HASH = new Set(['name', 'contact', 'email', 'notes', 'comment', 'displayName'])

/**
 * The form an audit image keeps past the retention period (`audit-retention.ts`): the redaction
 * above, and every remaining `name`, `contact`, `email`, `notes`, `comment` or `displayName`
 * text replaced by its marker, whatever its label. Ids, states, figures and dates stay, so the
 * trail still says who changed what and when. Idempotent: markers are objects, not text.
 */
export function reduceAuditImage(image: unknown): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (!isPlainObject(value)) return value
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      copy[key] =
        RETAINED_AS_HASH.has(key) && typeof item === 'string' && item
          ? withhold(`${key}, past the retention period`, item)
          : walk(item)
    }
    return copy
  }
  return walk(redactAuditImage(image))
}
