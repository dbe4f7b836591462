/**
 * One engagement's full detail: every stored worksheet (checklist, scope list, interviews with
 * their participants' ratings, documents, data items with drivers, evaluations, improvements,
 * lessons). The computed views (`result`, `phases.gate`, `consensus`) are left out here: no other
 * contender can compute the IMMD method; `pnpm bench` measures our full detail query separately.
 *
 * @packageDocumentation
 */
import { dig, effectName, enumName, isoDate, items, rawId } from './canonical.js'

export const DETAIL_QUERY = `query Detail($id: ID!) {
  engagement(id: $id) {
    id title state successThreshold latestTotal latestBand version sponsorName
    team { shortName }
    preparationChecklist { totalCount edges { node { id activityId text done } } }
    scopeList { totalCount edges { node { id kind pseudonym unit role functions interviewed } } }
    interviews { totalCount edges { node { id title heldAt
      participants { scopeEntry { pseudonym } ratings { driverId answer } } } } }
    documents { totalCount edges { node { id title kind reviewedAt dataItems { totalCount } } } }
    dataItems { totalCount edges { node { id text effect drivers sourceKind } } }
    evaluations { totalCount edges { node { id driverId answer notApplicable rationale version } } }
    improvements { totalCount edges { node { id driverId proposal priority status } } }
    lessons { totalCount edges { node { id text } } }
  }
}`

/** PostGraphile's names; it orders only by indexed columns, so lists ordered by (createdAt, id)
 * elsewhere use the primary key (the same order on bench data, written in one statement). */
export const PGL_DETAIL_QUERY = `query Detail($id: String!) {
  engagement: engagementByRowId(rowId: $id) {
    rowId title state successThreshold latestTotal latestBand version sponsorName
    team: teamByTeamId { shortName }
    preparationChecklist: checklistItemsByEngagementId(orderBy: [ORDINAL_ASC, PRIMARY_KEY_ASC]) {
      totalCount nodes { rowId activityId text done } }
    scopeList: scopeEntriesByEngagementId(orderBy: [ORDINAL_ASC, PRIMARY_KEY_ASC]) {
      totalCount nodes { rowId kind pseudonym unit role functions interviewed } }
    interviews: interviewSessionsByEngagementId(orderBy: [HELD_AT_ASC, PRIMARY_KEY_ASC]) {
      totalCount nodes { rowId title heldAt
        participants: interviewParticipantsBySessionId(orderBy: PRIMARY_KEY_ASC) { nodes {
          scopeEntry: scopeEntryByScopeEntryId { pseudonym }
          ratings: interviewRatingsByParticipantId(orderBy: [DRIVER_ID_ASC, PRIMARY_KEY_ASC]) {
            nodes { driverId answer } } } } } }
    documents: documentsByEngagementId(orderBy: [ORDINAL_ASC, PRIMARY_KEY_ASC]) {
      totalCount nodes { rowId title kind reviewedAt dataItems: dataItemsByDocumentId { totalCount } } }
    dataItems: dataItemsByEngagementId(orderBy: PRIMARY_KEY_ASC) {
      totalCount nodes { rowId text effect sourceKind
        drivers: dataItemDriversByDataItemId(orderBy: PRIMARY_KEY_ASC) { nodes { driverId } } } }
    evaluations: driverEvaluationsByEngagementId(orderBy: PRIMARY_KEY_ASC) {
      totalCount nodes { rowId driverId answer notApplicable rationale version } }
    improvements: improvementsByEngagementId(orderBy: PRIMARY_KEY_ASC) {
      totalCount nodes { rowId driverId proposal priority status } }
    lessons: lessonLearnedsByEngagementId(orderBy: PRIMARY_KEY_ASC) {
      totalCount nodes { rowId text } }
  }
}`

type Node = Record<string, unknown>

const list = (engagement: unknown, key: string) => {
  const connection = dig(engagement, key) as { totalCount: number }
  return { totalCount: connection.totalCount, items: items(connection) }
}

const idOf = (node: Node) => rawId(node.rowId ?? node.id)

/** The detail of any contender in the compared shape. */
export function canonicalDetail(engagement: unknown) {
  const e = engagement as Node
  const map = (key: string, row: (node: Node) => Node) => {
    const { totalCount, items: nodes } = list(e, key)
    return { totalCount, items: nodes.map((node) => ({ id: idOf(node), ...row(node) })) }
  }
  return {
    id: idOf(e),
    title: e.title,
    state: enumName(e.state),
    successThreshold: enumName(e.successThreshold),
    latestTotal: e.latestTotal ?? null,
    latestBand: enumName(e.latestBand),
    version: e.version,
    sponsorName: e.sponsorName ?? null,
    team: (e.team as { shortName: string } | null)?.shortName ?? null,
    checklist: map('preparationChecklist', (n) => ({
      activityId: enumName(n.activityId),
      text: n.text,
      done: n.done,
    })),
    scope: map('scopeList', (n) => ({
      // Enums on our API (#17), vocabulary strings in the database: compared by enum name.
      kind: enumName(n.kind),
      pseudonym: n.pseudonym,
      unit: n.unit ?? null,
      role: n.role ?? null,
      functions: Array.isArray(n.functions) ? n.functions.map(enumName) : n.functions,
      interviewed: n.interviewed,
    })),
    interviews: map('interviews', (n) => ({
      title: n.title,
      heldAt: isoDate(n.heldAt),
      participants: items(n.participants).map((p) => ({
        pseudonym: (p.scopeEntry as { pseudonym: string }).pseudonym,
        ratings: items(p.ratings).map((r) => ({
          driverId: r.driverId,
          answer: enumName(r.answer),
        })),
      })),
    })),
    documents: map('documents', (n) => ({
      title: n.title,
      kind: n.kind ?? null,
      reviewedAt: isoDate(n.reviewedAt),
      dataItems: (n.dataItems as { totalCount: number }).totalCount,
    })),
    dataItems: map('dataItems', (n) => ({
      text: n.text,
      effect: effectName(n.effect),
      drivers: Array.isArray(n.drivers) ? n.drivers : items(n.drivers).map((d) => d.driverId),
      sourceKind: n.sourceKind,
    })),
    evaluations: map('evaluations', (n) => ({
      driverId: n.driverId,
      answer: n.notApplicable ? null : enumName(n.answer),
      notApplicable: n.notApplicable,
      rationale: n.rationale ?? null,
      version: n.version,
    })),
    improvements: map('improvements', (n) => ({
      driverId: n.driverId,
      proposal: n.proposal,
      priority: enumName(n.priority),
      status: enumName(n.status),
    })),
    lessons: map('lessons', (n) => ({ text: n.text })),
  }
}
