/**
 * The physical limit's SQL: PostgreSQL checks the token, reads the rows and builds the exact JSON
 * response our API sends (same keys, Relay ids, enum names), in one statement per request.
 *
 * @packageDocumentation
 */

/** `Type:id` as a Relay global id. */
const gid = (type: string, column: string) =>
  `replace(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), E'\\n', '')`

/** A stored id (`likely-yes`) as our enum name (`LIKELY_YES`). */
const enumName = (column: string) => `upper(regexp_replace(${column}, '[^a-zA-Z0-9]+', '_', 'g'))`

/** ISO 8601 with milliseconds, as JavaScript's `toISOString` (timestamps are stored in UTC). */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** The organizations the token `$1` (its SHA-256) may read. */
const VIEWER = `viewer AS (
  SELECT m."organizationId" FROM "ApiToken" t
  JOIN "User" u ON u.id = t."userId" AND u."disabledAt" IS NULL
  JOIN "Membership" m ON m."userId" = u.id AND m."organizationId" = t."organizationId"
  WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > now())
)`

const ROW = (e: string) => `json_build_object(
  'id', ${gid('Engagement', `${e}.id`)}, 'title', ${e}.title, 'state', ${enumName(`${e}.state`)},
  'latestBand', ${enumName(`${e}."latestBand"`)}, 'latestTotal', ${e}."latestTotal",
  'successThreshold', ${enumName(`${e}."successThreshold"`)},
  'team', (SELECT json_build_object('shortName', t."shortName") FROM "Team" t WHERE t.id = ${e}."teamId"))`

/** `$1` token hash, `$2` page size. */
export const PORTFOLIO_SQL = `WITH ${VIEWER},
page AS (
  -- Per organization, the first rows of its ("organizationId", "updatedAt", id) index, then the
  -- newest of those: a real limit query (an IN over the viewer CTE made PostgreSQL scan and sort
  -- every engagement of the organizations before limiting).
  SELECT p.* FROM viewer v CROSS JOIN LATERAL (
    SELECT * FROM "Engagement" e WHERE e."organizationId" = v."organizationId"
    ORDER BY e."updatedAt" DESC, e.id DESC LIMIT $2
  ) p
  ORDER BY p."updatedAt" DESC, p.id DESC LIMIT $2
)
SELECT json_build_object('data', json_build_object('engagements', json_build_object(
  'totalCount', (SELECT count(*) FROM "Engagement" WHERE "organizationId" IN (SELECT "organizationId" FROM viewer)),
  'edges', COALESCE((SELECT json_agg(json_build_object('node', ${ROW('p')})
    ORDER BY p."updatedAt" DESC, p.id DESC) FROM page p), '[]')
)))::text AS body`

/** `$1` token hash: every engagement of the viewer's organizations, one JSON array. */
export const EXPORT_SQL = `WITH ${VIEWER}
SELECT COALESCE(json_agg(${ROW('e')} ORDER BY e."updatedAt" DESC, e.id DESC), '[]')::text AS body
FROM "Engagement" e WHERE e."organizationId" IN (SELECT "organizationId" FROM viewer)`

/** A connection of `rows` (a subquery yielding one json column `n`, already ordered). */
const connection = (from: string, order: string, node: string) => `(SELECT json_build_object(
  'totalCount', count(*), 'edges', COALESCE(json_agg(json_build_object('node', ${node}) ORDER BY ${order}), '[]'))
  FROM ${from})`

/** `$1` token hash, `$2` engagement id. */
export const DETAIL_SQL = `WITH ${VIEWER}
SELECT json_build_object('data', json_build_object('engagement', (
SELECT json_build_object(
  'id', ${gid('Engagement', 'e.id')}, 'title', e.title, 'state', ${enumName('e.state')},
  'successThreshold', ${enumName('e."successThreshold"')}, 'latestTotal', e."latestTotal",
  'latestBand', ${enumName('e."latestBand"')}, 'version', e.version, 'sponsorName', e."sponsorName",
  'team', (SELECT json_build_object('shortName', t."shortName") FROM "Team" t WHERE t.id = e."teamId"),
  'preparationChecklist', ${connection(
    '"ChecklistItem" c WHERE c."engagementId" = e.id',
    'c.ordinal, c.id',
    `json_build_object('id', ${gid('ChecklistItem', 'c.id')}, 'activityId', ${enumName('c."activityId"')}, 'text', c.text, 'done', c.done)`,
  )},
  'scopeList', ${connection(
    '"ScopeEntry" s WHERE s."engagementId" = e.id',
    's.ordinal, s.id',
    `json_build_object('id', ${gid('ScopeEntry', 's.id')}, 'kind', s.kind, 'pseudonym', s.pseudonym, 'unit', s.unit,
      'role', s.role, 'functions', s.functions, 'interviewed', s.interviewed)`,
  )},
  'interviews', ${connection(
    '"InterviewSession" i WHERE i."engagementId" = e.id',
    'i."heldAt", i.id',
    `json_build_object('id', ${gid('Interview', 'i.id')}, 'title', i.title, 'heldAt', ${iso('i."heldAt"')},
      'participants', (SELECT COALESCE(json_agg(json_build_object(
        'scopeEntry', json_build_object('pseudonym', se.pseudonym),
        'ratings', (SELECT COALESCE(json_agg(json_build_object('driverId', r."driverId", 'answer', ${enumName('r.answer')})
          ORDER BY r."driverId", r.id), '[]') FROM "InterviewRating" r WHERE r."participantId" = p.id)
      ) ORDER BY p.id), '[]') FROM "InterviewParticipant" p JOIN "ScopeEntry" se ON se.id = p."scopeEntryId"
      WHERE p."sessionId" = i.id))`,
  )},
  'documents', ${connection(
    '"Document" d WHERE d."engagementId" = e.id',
    'd.ordinal, d.id',
    `json_build_object('id', ${gid('Document', 'd.id')}, 'title', d.title, 'kind', d.kind, 'reviewedAt', ${iso('d."reviewedAt"')},
      'dataItems', json_build_object('totalCount', (SELECT count(*) FROM "DataItem" x WHERE x."documentId" = d.id)))`,
  )},
  'dataItems', ${connection(
    '"DataItem" di WHERE di."engagementId" = e.id',
    'di."createdAt", di.id',
    `json_build_object('id', ${gid('DataItem', 'di.id')}, 'text', di.text,
      'effect', CASE di.effect WHEN '+' THEN 'SUCCESS' WHEN '-' THEN 'FAILURE' WHEN '0' THEN 'NEUTRAL' ELSE 'UNKNOWN' END,
      'drivers', (SELECT COALESCE(json_agg(dd."driverId" ORDER BY dd."driverId"), '[]') FROM "DataItemDriver" dd WHERE dd."dataItemId" = di.id),
      'sourceKind', di."sourceKind")`,
  )},
  'evaluations', ${connection(
    '"DriverEvaluation" ev WHERE ev."engagementId" = e.id',
    'ev."createdAt", ev.id',
    `json_build_object('id', ${gid('DriverEvaluation', 'ev.id')}, 'driverId', ev."driverId",
      'answer', CASE WHEN ev."notApplicable" THEN NULL ELSE ${enumName('ev.answer')} END,
      'notApplicable', ev."notApplicable", 'rationale', ev.rationale, 'version', ev.version)`,
  )},
  'improvements', ${connection(
    '"Improvement" im WHERE im."engagementId" = e.id',
    'im."createdAt", im.id',
    `json_build_object('id', ${gid('Improvement', 'im.id')}, 'driverId', im."driverId", 'proposal', im.proposal,
      'priority', im.priority, 'status', im.status)`,
  )},
  'lessons', ${connection(
    '"LessonLearned" l WHERE l."engagementId" = e.id',
    'l."createdAt", l.id',
    `json_build_object('id', ${gid('Lesson', 'l.id')}, 'text', l.text)`,
  )}
) FROM "Engagement" e
WHERE e.id = $2 AND e."organizationId" IN (SELECT "organizationId" FROM viewer)
)))::text AS body`
