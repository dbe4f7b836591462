/**
 * The German messages of `immd` (same keys and values as `en.ts`). Identifiers the user types or
 * scripts read stay as they are: option names, environment variables, state and band ids.
 *
 * @packageDocumentation
 */
import { describeInventoryProblem } from '@immd/core/inventory/problem-text'
import { describePlanningWarning } from '@immd/core/planning/warning-text'
import { type Catalogue, exclusionField, type ProblemPlace, type ScoreErrorText } from './en.js'

function describeScoreError(p: ScoreErrorText): string {
  switch (p.code) {
    case 'unknown-driver':
      return `Diese Methodenversion hat keinen Driver „${p.value}“.`
    case 'invalid-answer':
      return `„${p.value}“ ist keine Antwort; antworten Sie mit ${p.allowed} oder schließen Sie den Driver durch eine Anpassungsentscheidung aus.`
    case 'unknown-threshold':
      return `„${p.value}“ ist keine Stufe dieser Methode; verwenden Sie ${p.allowed}.`
    case 'invalid-exclusion':
      switch (exclusionField(p.path)) {
        case 'driverId':
          return `Der Driver ${p.value} ist mehr als einmal ausgeschlossen.`
        case 'reason':
          return `Der Ausschluss von ${p.value} braucht eine Begründung.`
        case 'origin':
          return `Der Ausschluss von ${p.value} hat eine unbekannte Herkunft (tailoring oder migrated).`
      }
      return p.message
    default:
      return p.message
  }
}

/** `n Element(e)` with the German plural (only 1 is singular). */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const DE: Catalogue = {
  'error.unexpected': (p) => `unerwarteter Fehler: ${p.detail}`,
  'config.badUrl': (p) => `Die API-URL „${p.value}“ ist keine URL (z. B. ${p.example}).`,
  'config.unreadable': (p) =>
    `Die Konfigurationsdatei ${p.path} kann nicht gelesen werden: ${p.reason}`,
  'config.notObject': (p) =>
    `Die Konfigurationsdatei ${p.path} ist kein JSON-Objekt (${p.reason}).`,
  'auth.noToken': () =>
    'Kein API-Token: --token angeben, IMMD_TOKEN setzen oder "token" in die Konfigurationsdatei eintragen.',
  'auth.forbidden': (p) =>
    `${p.reason}. Verwenden Sie ein Lese-Schreib-Token eines Admins oder einer leitenden Assessorin bzw. eines leitenden Assessors dieser Organisation.`,
  'auth.failed': (p) => `${p.reason}. Prüfen Sie --token / IMMD_TOKEN.`,
  'auth.tokenRejected': (p) =>
    `Die API hat das Token abgelehnt: ${p.reason ?? 'nicht angemeldet'}. Prüfen Sie --token / IMMD_TOKEN.`,
  'api.unreachable': (p) =>
    `${p.reason} Prüfen Sie --api-url / IMMD_API_URL und ob der Server läuft.`,
  'api.domain': (p) => `${p.code}: ${p.reason}`,
  'api.failed': (p) =>
    `Die API ist fehlgeschlagen: ${p.reason}${p.correlationId ? ` (Korrelations-ID ${p.correlationId}: geben Sie sie an den Betrieb des Servers weiter)` : ''}`,
  'organization.choose': (p) =>
    `Geben Sie die Organisation mit --organization an (eine von: ${p.slugs || 'keine'}).`,
  'organization.notFound': (p) =>
    `Keine Organisation „${p.wanted}“ für dieses Token (erreichbar: ${p.slugs || 'keine'}).`,
  'engagement.noMatch': (p) =>
    `Kein Assessment „${p.reference}“ (geben Sie seine ID, seinen Titel oder die IMC-ID an).`,
  'engagement.ambiguous': (p) =>
    `„${p.reference}“ bezeichnet mehrere Assessments: ${p.matches}. Verwenden Sie eine ID.`,
  'engagement.notFound': (p) => `Kein Assessment ${p.reference}.`,
  'file.unreadable': (p) =>
    `${p.kind === 'staff' ? 'Die Personal-CSV' : 'Das Inventar'} ${p.path} kann nicht gelesen werden: ${p.reason}`,
  'file.notJson': (p) => `${p.path} kann nicht als JSON gelesen werden: ${p.reason}`,
  'import.refused': (p) => `Die API hat den Import abgelehnt: ${p.reason}`,
  'score.unknownMethod': (p) => `Unbekannte Methodenversion ${p.version} (eingebaut: immd-1.0).`,
  'score.notObject': () => 'Das Arbeitsblatt muss ein JSON-Objekt sein.',
  'score.noAnswers': () => 'Das Arbeitsblatt braucht "answers": { "D1": "likely-yes", … }.',
  'token.expiresTooShort': () => '--expires: mindestens 1 Tag angeben.',
  'token.expiresUnreadable': (p) =>
    `--expires: „${p.value}“ ist weder eine Anzahl Tage noch ein Datum (JJJJ-MM-TT).`,
  'token.expiresInvalid': (p) => `--expires: „${p.value}“ ist kein gültiges Datum.`,
  'token.expiresPast': (p) => `--expires: ${p.at} liegt nicht in der Zukunft.`,
  'token.badScope': (p) => `--scope muss read oder read-write sein, nicht „${p.scope}“.`,
  'export.portfolioFormats': () => 'Das Portfolio wird als csv oder xlsx exportiert.',
  'export.nameEngagement': () => 'Geben Sie das Assessment an (oder --portfolio).',
  'export.badWorksheet': (p) => `--worksheet muss einer der Werte ${p.ids} sein.`,

  'problem.place': (p: ProblemPlace) =>
    [
      p.row === undefined ? null : `Zeile ${p.row}`,
      p.line === undefined ? null : `Textzeile ${p.line}`,
      p.column === undefined ? null : `Spalte ${p.column}`,
      p.record === undefined ? null : `Datensatz ${p.record}`,
    ]
      .filter((part) => part !== null)
      .join(', '),
  'problem.staffCsv': () => 'Personal-CSV',
  'problem.severity': (p) => (p.severity === 'error' ? 'Fehler' : 'Warnung'),
  'problem.sentence': (p) => describeInventoryProblem(p, 'de'),
  'import.planningWarning': (p) =>
    `Planungswarnung (IMC ${p.imcId}) ${p.code}: ${describePlanningWarning(p, 'de')}`,
  'import.interrupted': (p) =>
    `Import abgebrochen${p.organization ? ` in ${p.organization}` : ''}: ${p.message}`,
  'import.invalid': (p) =>
    `${count(p.errors, 'Fehler', 'Fehler')} in ${count(p.records, 'Datensatz', 'Datensätzen')}: nichts wurde importiert${p.organization ? ` in ${p.organization}` : ''}.`,
  'import.dryRun': (p) =>
    `Probelauf${p.organization ? ` in ${p.organization}` : ''}: nichts wurde geschrieben.`,
  'import.summary': (p) =>
    `Zusammenfassung: ${p.created} angelegt, ${p.updated} aktualisiert, ${p.unchanged} unverändert, ${p.failed} fehlgeschlagen; ` +
    `${count(p.engagementsCreated, 'Assessment-Entwurf', 'Assessment-Entwürfe')} ${p.dryRun ? 'würden angelegt' : 'angelegt'}, ${count(p.engagementsExisting, 'IMC bereits bewertet', 'IMCs bereits bewertet')}` +
    (p.chunks ? `; ${p.chunks.committed} von ${p.chunks.total} Anfrage(n) übernommen.` : '.'),
  'engagements.none': () => 'Keine Assessments.',
  'engagements.columns': () => ['TITEL', 'IMC', 'STATUS', 'STUFE', 'GESAMT', 'SCHWELLE', 'ID'],
  'engagements.count': (p) => count(p.count, 'Assessment', 'Assessments'),
  'engagement.meta': (p) =>
    `Organisation ${p.organization} · IMC ${p.imcId} · Status ${p.state} · Methode ${p.method}`,
  'engagement.potential': (p) =>
    `Erfolgspotenzial: ${p.band ?? 'nicht bewertet'}${p.total === null ? '' : ` (${p.total})`} · Schwelle ${p.threshold ?? 'nicht gesetzt'}`,
  'engagement.columns': () => ['DRIVER', 'NAME', 'ANTWORT', 'WERT', 'PUNKTE'],
  'engagement.followUp': (p) =>
    `${count(p.improvements, 'Verbesserung', 'Verbesserungen')}, ${count(p.lessons, 'Erkenntnis', 'Erkenntnisse')}, ${count(p.entries, 'Scope-Eintrag', 'Scope-Einträge')}, ${count(p.documents, 'Dokument', 'Dokumente')}`,
  derivation: (p) => `Herleitung: ${p.derivation}`,
  'score.error': (p) => `Fehler ${p.path}: ${describeScoreError(p)}`,
  'score.provisionalBand': (p) => `${p.band} (${p.status}, nicht endgültig)`,
  'score.total': (p) =>
    `Gesamt: ${p.total ?? 'nicht bewertet'} · Stufe ${p.band} · ${p.complete ? 'vollständig' : `es fehlen ${p.missing.join(', ')}`}`,
  'score.status': (p) => `Status: ${p.status} (${p.algorithm})`,
  'score.excluded': (p) =>
    `${p.driverId} ausgeschlossen: ${p.reason}${p.decidedBy ? ` (von ${p.decidedBy})` : ''}`,
  'score.threshold': (p) =>
    `Schwelle ${p.threshold}: ${p.met ? 'erreicht' : `${count(p.short, 'Stufe', 'Stufen')} darunter`}`,
  'score.path': (p) => `Wenigste Verbesserungen bis zur Schwelle: ${p.moves}`,
  'score.candidates': (p) => `Kandidaten für nächste Schritte (A6): ${p.drivers}`,
  'score.warning': (p) => `Warnung ${p.code}: ${p.message}`,
  'export.wrote': (p) => `${p.out} geschrieben (${p.format}, ${p.bytes} Bytes)`,
  'file.wrote': (p) => `${p.file} geschrieben (${p.bytes} Bytes)`,
  'engagements.imported': (p) => `„${p.title}“ in ${p.organization} als ${p.id} importiert`,
  'token.created': (p) =>
    `${p.secret}\n(${p.scope}-Token „${p.name}“ für ${p.organization}${p.expiresAt ? `, läuft ab am ${p.expiresAt}` : ''}; es wird nur einmal angezeigt)`,
  'portfolio.engagements': (p) => `Assessments: ${p.engagements} (${p.scored} bewertet)`,
  'portfolio.threshold': (p) =>
    `Schwelle: ${p.meeting} erreicht, ${p.below} darunter, ${p.without} ohne Schwelle`,
  'portfolio.bands': (p) => `Stufen: ${p.list}`,
  'portfolio.states': (p) => `Status: ${p.list}`,
  'portfolio.age': (p) => `Alter: ${p.list}`,
  'portfolio.coverage': (p) =>
    `  dahinter: ${p.unscored} nicht bewertet (ohne Stufe), ${p.withExclusions} mit Ausschlüssen durch Anpassung, ${p.lowConfidence} mit geringer Zuverlässigkeit (ein Driver mit weniger als ${p.thinEvidenceItems} codierten Datenelementen)`,
  'portfolio.bandCoverage': (p) =>
    `  ${p.band}: ${p.count}, davon ${p.withExclusions} mit Ausschlüssen, ${p.lowConfidence} mit geringer Zuverlässigkeit`,
  'portfolio.driverColumns': () => ['Driver', 'n', 'Mittel', 'Median', 'Q1', 'Q3'],
}
