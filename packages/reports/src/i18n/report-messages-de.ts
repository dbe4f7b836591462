/**
 * The German catalogue of the deliverables, typed by {@link ReportMessages} (a missing key fails
 * the build). Provenance markers are translated too: a translation of a reconstructed text stays
 * reconstructed.
 *
 * @packageDocumentation
 */
import type { ReportMessages } from './report-messages-en.js'

/** The German catalogue. */
export const REPORT_MESSAGES_DE: ReportMessages = {
  common: {
    none: 'keine',
    notSet: 'nicht festgelegt',
    notScored: 'nicht bewertet',
    noBand: 'kein Band',
    yes: 'ja',
    no: 'nein',
  },
  markers: { read: '[SEI-Quelle]', inferred: '[rekonstruiert]', design: '[Plattformvorgabe]' },
  provenanceKey:
    '[SEI-Quelle]: in einer SEI/CERT-Quelle gelesen; [rekonstruiert]: unsere Rekonstruktion, kein SEI-Text; [Plattformvorgabe]: eine Regel dieser Plattform.',
  page: {
    header: (title) => `IMMD-Ergebnisse · ${title}`,
    draft: 'ENTWURF',
    draftUntil: 'ENTWURF, bis die Ergebnisse kommuniziert sind',
    watermarkDescription: 'Entwurf: Ergebnisse noch nicht kommuniziert',
    pageOf: (page, pages) => `Seite ${page} von ${pages}`,
    page: 'Seite',
    of: 'von',
    documentTitle: (title) => `IMMD-Ergebnisse: ${title}`,
    subject: (version) => `Incident Management Mission Diagnostic (${version})`,
  },
  status: { final: 'ENDGÜLTIG', provisional: 'VORLÄUFIG', withheld: 'ZURÜCKGEHALTEN', invalid: 'UNGÜLTIG' },
  view: {
    excludedByTailoring: 'Durch Anpassung ausgeschlossen',
    notAnswered: 'Nicht beantwortet',
    confidence: { HIGH: 'Hoch', MEDIUM: 'Mittel', LOW: 'Niedrig (dünne Evidenz)' },
    migrated: 'aus einem früheren „nicht anwendbar“ übernommen',
    coverage: (scored, all, minimum, evaluated) =>
      `${scored} von ${all} Treibern in der bewerteten Menge (Minimum ${minimum}), ${evaluated} beurteilt`,
    thinEvidence: (thin, scored, ids) =>
      `${thin} von ${scored} Treibern beruhen auf dünner Evidenz: ${ids}`,
    bandChanges: 'Band ändert sich',
    thresholdMet: (band) => `Die Schwelle (${band}) ist erreicht.`,
    pathToThreshold: (band, steps, moves) =>
      `${band} zu erreichen braucht ${steps} Verbesserung(en) um eine Stufe: ${moves}.`,
    unreachable: (band, reason) =>
      `${band} ist durch bessere Antworten nicht erreichbar (${reason}).`,
    outOfReach: 'außer Reichweite',
    headlineFinal: (band, total) =>
      `Aktuelles Erfolgspotenzial: ${band}${total ? ` (Gesamtwert ${total})` : ''}`,
    headlineNoDriver: 'Vorläufiges Ergebnis: noch kein Treiber beurteilt, kein Band',
    headlineProvisional: (band, total) =>
      `Vorläufiges, nicht endgültiges Ergebnis: indikatives Band ${band}${total ? ` (Gesamtwert ${total})` : ''}`,
    headlineWithheld: 'Band zurückgehalten: zu wenige Treiber bleiben in der bewerteten Menge',
    headlineInvalid: 'Kein Ergebnis: die gespeicherten Beurteilungen sind nicht lesbar',
  },
  summary: {
    kicker: 'Incident Management Mission Diagnostic · Zusammenfassung für die Leitung',
    title: 'Zusammenfassung',
    imc: (id) => `IMC ${id}`,
    method: (version) => `Methode ${version}`,
    state: (state) => `Status ${state}`,
    generated: (date) => `erstellt am ${date}`,
    indicative: (band) => `${band} (indikativ, nicht endgültig)`,
    bandsBelow: (bands) => `${bands} Band/Bänder unter der Schwelle`,
    meets: 'erreicht die Schwelle',
    wouldMeet: 'würde die Schwelle erreichen',
    position: (current, threshold, differential) =>
      `Aktuelles Potenzial: ${current} · Erfolgsschwelle: ${threshold}${differential ? ` · ${differential}` : ''}`,
    driversAtAGlance: 'Die Treiber auf einen Blick',
    profileChartName: 'Erfolgsprofil',
    driverChartName: 'Treiberdiagramm',
    driverChartDescription: 'Wert und Antwort jedes Treibers und der Gesamtwert',
    strongest: 'Die drei stärksten Treiber',
    weakest: 'Die drei schwächsten Treiber',
    noDriverScored: 'Noch kein Treiber bewertet.',
    noOtherDriverScored: 'Noch kein weiterer Treiber bewertet.',
    nextSteps: 'Empfohlene nächste Schritte',
    evaluateMissing: (ids) => `Die noch unbeantworteten Treiber beurteilen: ${ids}.`,
    ownerDue: (owner, due) => `Verantwortlich ${owner} · fällig ${due}`,
    planFor: (candidate) => `Eine Verbesserung planen für ${candidate}`,
    noNextStep: 'Noch kein nächster Schritt erfasst: Verbesserungen in A6 planen.',
    itemsNoneCoded: (count, code) => `${count} Datenelement(e), keines mit ${code} codiert`,
    noItem: 'Für diesen Treiber ist kein Datenelement erfasst.',
  },
  charts: {
    driverValue: 'Wert des Treibers',
    total: (total) => `Gesamt ${total}`,
    profileTitle: 'Erfolgsprofil der IMC',
    profileSubtitle: (current, threshold) => `Aktuell: ${current} · Schwelle: ${threshold}`,
    provisionalBand: (band) => `${band} (vorläufig, nicht endgültig)`,
    noBandStatus: (status) => `kein Band (${status})`,
    successThreshold: 'Erfolgsschwelle',
    currentPotential: 'Aktuelles Potenzial',
    totalValue: 'Gesamtwert',
    cohortTitle: 'Kohortenvergleich: das Engagement gegenüber den Quartilen der Kohorte',
    cohortRange: 'Kohorte Q1–Q3',
    cohortMedian: 'Median der Kohorte',
    thisEngagement: 'Dieses Engagement',
    suppressed: 'unterdrückt',
    comparisonTitle: 'Wiederholungsbewertung: Treiberwerte vorher und jetzt',
    previous: 'Vorher',
    current: 'Jetzt',
  },
  sections: {
    driverTable: 'Treibertabelle',
    driverDetail: 'Treiber im Detail',
    sensitivity: 'Sensitivität',
    improvements: 'Verbesserungen',
    lessons: 'Lessons Learned',
    methodNotes: 'Hinweise zur Methode',
    documentsReviewed: 'Geprüfte Dokumente',
    interviewHandout: 'Interviewleitfaden',
    benchmark: 'Kohortenvergleich',
    comparison: 'Vergleich mit der vorigen Bewertung',
  },
  driverTable: {
    header: ['Treiber', 'Name', 'Antwort', 'Wert', 'Gewicht', 'Beitrag', 'Vertrauen', '+ / − / 0 / ?'],
    legend:
      'Wert: der Wert der Antwort auf der Skala 0–100, in der Farbe seines Bandes hinterlegt. Gewicht und Beitrag: der Anteil des Treibers am Gesamtwert. Letzte Spalte: Datenelemente für den Erfolg (+), dagegen (−), neutral (0) und unbekannt (?).',
  },
  driverDetail: {
    groups: {
      '+': 'Für den Erfolg (+)',
      '-': 'Gegen den Erfolg (−)',
      '0': 'Neutral (0)',
      '?': 'Wirkung unbekannt (?)',
    },
    answer: 'Antwort',
    confidence: 'Vertrauen',
    rationale: 'Begründung',
    noItems: 'Keine Datenelemente.',
    describeAnswer: (answer, value, weight, contribution) =>
      `${answer} · Wert ${value} · Gewicht ${weight} · Beitrag ${contribution}`,
  },
  sensitivity: {
    header: ['Treiber', 'Antwort', 'Eine Stufe höher', 'Eine Stufe niedriger'],
    intro:
      'Was eine Stufe höher oder niedriger bei jedem beantworteten Treiber für Gesamtwert und Band bedeuten würde:',
    candidates: 'Kandidaten für nächste Schritte in A6 (schwächste zuerst)',
  },
  improvements: {
    header: ['Treiber', 'Verbesserung', 'Verantwortlich · fällig', 'Priorität', 'Status', 'Erwartete Antwort'],
    none: 'Keine Verbesserungen erfasst.',
  },
  lessons: {
    header: ['Kategorie', 'Erkenntnis', 'Autor', 'Datum'],
    none: 'Keine Lessons Learned erfasst.',
  },
  documents: {
    header: ['Dokument', 'Geprüft', 'Datei', 'Version', 'SHA-256', 'Größe'],
    hidden: 'verborgen (TLP)',
    noFile: 'keine Datei angehängt',
    bytes: (size) => `${size} Byte`,
    empty: 'Es wurde kein Dokument geprüft.',
    intro:
      'Jedes geprüfte Dokument mit seinen aktuellen Nachweisdateien. Der SHA-256 bezeichnet genau den Inhalt, den die Bewertenden gelesen haben.',
  },
  handout: {
    answerCriteria: 'Antwortkriterien',
    noCriteria: 'Keine Kriterien erfasst.',
    header: ['Antwort', 'Kriterien', 'Herkunft'],
  },
  methodNotes: {
    statusHeading: 'Status, Gesamtwert und Band',
    status: 'Status',
    why: 'Warum',
    totalValue: 'Gesamtwert',
    band: 'Band',
    noFinalBand: 'kein endgültiges Band',
    indicativeBand: 'Indikatives Band (nicht endgültig)',
    threshold: 'Erfolgsschwelle',
    differential: 'Abstand zur Schwelle',
    bandsShort: (bands, points) =>
      `${bands} Band/Bänder unter der Schwelle (${points} Punkte zu wenig)`,
    meetsOrExceeds: 'erreicht oder übertrifft die Schwelle',
    wouldMeet:
      'würde die Schwelle erreichen oder übertreffen (indikativ: das Ergebnis ist nicht endgültig)',
    algorithm: 'Algorithmus',
    cap: 'Deckelung',
    derivation: 'Herleitung',
    notAnsweredYet: 'Noch nicht beantwortet',
    bandHeader: ['Band', 'Gesamtwert', 'Bedeutung'],
    bandSources: (sources) => `Bedeutungen der Bänder: ${sources}.`,
    coverageHeading: 'Abdeckung, Ausschlüsse und Vertrauen',
    coverage: 'Abdeckung',
    excluded: 'Ausgeschlossene Treiber',
    excludedEntry: (id, reason, by, date, origin) =>
      `${id}: ${reason} (entschieden von ${by}${date ? `, ${date}` : ''}; ${origin})`,
    excludedHeader: ['Ausgeschlossener Treiber', 'Grund', 'Entschieden von', 'Datum', 'Herkunft'],
    confidence: 'Vertrauen',
    noThinEvidence: 'kein Treiber beruht auf dünner Evidenz',
    warnings: 'Warnungen',
    noWarnings: 'Keine Warnungen.',
    scopeHeading: 'Umfang und Methode',
    organization: 'Organisation',
    imc: 'IMC',
    teams: 'Bewertete Teams',
    methodVersion: 'Methodenversion',
    methodVersionValue: (name, version, algorithm) =>
      `${name} (${version}), Algorithmus ${algorithm}`,
    scopeList: 'Umfangsliste',
    scopeListValue: (entries, interviewed) => `${entries} Einträge, ${interviewed} befragt`,
    documents: 'Dokumente',
    documentsValue: (listed, reviewed) => `${listed} aufgeführt, ${reviewed} geprüft`,
    planned: 'Geplant',
    conducted: 'Durchgeführt',
    period: (from, to) => `${from} bis ${to}`,
    marking: 'Kennzeichnung',
    aboutHeading: 'Über diese Methodenversion',
    rulesHeader: ['Regel', 'Herkunft', 'Einzelheiten'],
  },
  rules: {
    labels: 'Antwortbezeichnungen, Namen und Bereiche der Bänder',
    labelsDetail: 'Wie auf dem IMMD-Arbeitsblatt (No … Yes; Minimal 0–14 … Excellent 85–100).',
    questions: 'Fragen der Treiber',
    questionsDetail:
      'Nicht in einer Quelle gelesene Fragen sind rekonstruierte Formulierungen, durch Anpassung änderbar.',
    values: 'Werte der Antworten',
    criteria: 'Antwortkriterien',
    criteriaDetail:
      'Was zutreffen muss, um jede Antwort zu geben; in keiner gelesenen Quelle angegeben.',
    algorithm: (algorithm) => `Bewertungsalgorithmus: ${algorithm}`,
    mean: 'Der einfache Mittelwert der beantworteten Treiber (die Quelle sagt nur „ein einfacher Algorithmus“).',
    ruleBased: (base, caps) => `Der Gesamtwert ${base}, mit Deckelungen: ${caps}.`,
    cap: (answer, drivers, band) => `${answer} bei ${drivers} → höchstens ${band}`,
    weighted: 'Gewichte über die beantworteten Treiber renormiert.',
    bandMeanings: 'Bedeutungen der Bänder',
    bandMeaningsDetail: (sources) => `Unsere eigenen Worte mit der Bedeutung von: ${sources}.`,
    rounding: 'Rundung vor der Bandzuordnung',
    roundingDetail: 'Kaufmännisch auf eine ganze Zahl (84,375 → 84 → High).',
    exclusions: 'Ausschlüsse',
    exclusionsDetail:
      'Ein Treiber verlässt die bewertete Menge nur durch eine erfasste Anpassungsentscheidung; die übrigen werden renormiert.',
    coverage: 'Mindestabdeckung',
    coverageDetail: (share) =>
      `Mindestens ${share} % der Treiber der Methode müssen in der bewerteten Menge bleiben, sonst wird das Band zurückgehalten; ein Ergebnis bleibt vorläufig, bis jeder Treiber der Menge beurteilt ist.`,
    confidence: 'Vertrauen je Treiber',
    confidenceDetail: (minItems, thinSpread, highItems, highRaters, highSpread, highDocuments) =>
      `Dünne Evidenz: weniger als ${minItems} Datenelemente, keine befragte Person und kein Dokument, oder Einschätzungen über ${thinSpread}+ Stufen gestreut. Hoch: ${highItems}+ Elemente, ${highRaters}+ Befragte innerhalb von ${highSpread} Stufe(n), ${highDocuments}+ Dokument(e).`,
    sensitivity: 'Sensitivität und Kandidaten für nächste Schritte',
    sensitivityDetail:
      'Möglichst wenige Verbesserungen um eine Stufe; bei Gleichstand zuerst die schwächsten Treiber und die mit Elementen gegen den Erfolg.',
  },
  benchmark: {
    notApplicable: (reason) => `Kein Kohortenvergleich: ${reason}`,
    notFetched: 'der Vergleich ist nicht Teil dieses Exports.',
    intro:
      'Wo jeder Treiber und der Gesamtwert unter vergleichbaren IMCs liegen: Median und Quartile der Kohorte (0–100). Es werden nur Aggregate gezeigt; kein Engagement, Name oder Kennung einer anderen Organisation.',
    cohort: 'Kohorte',
    scope: {
      ORGANIZATION: 'den Engagements Ihrer Organisation',
      CROSS_ORGANIZATION: 'allen teilnehmenden Organisationen',
    },
    cohortDefinition: (scope, dimensions) =>
      `die jüngste abgeschlossene, bewertete Bewertung jeder IMC unter ${scope}${dimensions ? `, mit gleichem Merkmal ${dimensions}` : ''}`,
    dimension: {
      ORGANIZATIONAL_MODEL: 'Organisationsmodell',
      COUNTRY: 'Land',
      CONSTITUENCY: 'Zielgruppe',
      SIZE_BAND: 'Größenklasse',
    },
    notRecorded: 'nicht erfasst',
    size: 'Größe der Kohorte',
    sizeValue: (engagements, organizations) =>
      `${engagements} Engagements aus ${organizations} Organisation(en)`,
    thresholds: 'Datenschutzschwellen',
    thresholdsValue: (k, kPrime) =>
      `k = mindestens ${k} Engagements je Statistik, k' = mindestens ${kPrime} verschiedene Organisationen (organisationsübergreifende Kohorten)`,
    shared: 'Verglichene Treiber',
    unshared: 'Nicht verglichen (ohne Gegenstück in der Methode der Kohorte)',
    header: ['Treiber', 'Dieses Engagement', 'Kohorte Q1', 'Median', 'Q3', 'Lage'],
    total: 'Gesamt',
    position: {
      BELOW_FIRST_QUARTILE: 'unter Q1',
      INTERQUARTILE: 'Q1–Q3',
      ABOVE_THIRD_QUARTILE: 'über Q3',
    },
    suppressedCell: (reason) => `unterdrückt: ${reason}`,
    suppression: {
      TOO_FEW_ENGAGEMENTS: (k) => `weniger als k = ${k} Engagements`,
      TOO_FEW_ORGANIZATIONS: (kPrime) => `weniger als k' = ${kPrime} Organisationen`,
      NOT_OPTED_IN: () =>
        'Ihre Organisation nimmt nicht an organisationsübergreifenden Vergleichen teil',
    },
    notes: 'Hinweise',
    sheet: 'Kohortenvergleich',
    sheetHeader: ['Zeile', 'Treiber', 'Name', 'Wert', 'Anzahl', 'Min', 'Q1', 'Median', 'Q3', 'Max', 'Lage', 'Unterdrückt', 'Grund'],
    rowCohort: 'Kohorte',
    rowDriver: 'Treiber',
    rowTotal: 'Gesamt',
    chartName: 'Diagramm des Kohortenvergleichs',
    chartDescription: 'Der Wert jedes Treibers gegenüber Quartilsabstand und Median der Kohorte',
  },
  comparison: {
    notApplicable:
      'Kein Vergleich: dies ist eine Erstbewertung (kein vorheriges Engagement).',
    intro: (previous) =>
      `Jeder Treiber im Vergleich zur vorigen Bewertung${previous ? ` (${previous})` : ''}: Antwortwerte auf der Skala 0–100 und die Veränderung in Punkten.`,
    deltaHeader: ['Treiber', 'Vorher', 'Jetzt', 'Veränderung', 'Tendenz'],
    change: {
      IMPROVED: 'verbessert',
      DECLINED: 'verschlechtert',
      UNCHANGED: 'unverändert',
      NOT_COMPARABLE: 'nicht vergleichbar',
    },
    excluded: 'ausgeschlossen',
    unanswered: 'nicht beantwortet',
    improvementsHeading: 'Haben die Verbesserungen gewirkt?',
    improvementsIntro:
      'Jede Verbesserung der vorigen Bewertung mit einer erwarteten Antwort, gemessen an der heutigen Antwort.',
    noImprovements: 'Keine Verbesserung der vorigen Bewertung nannte eine erwartete Antwort.',
    improvementsHeader: ['Treiber', 'Verbesserung', 'Status', 'Vorher', 'Erwartet', 'Jetzt', 'Ergebnis'],
    outcome: {
      MET: 'erreicht',
      PARTLY: 'teilweise erreicht',
      NOT_MET: 'nicht erreicht',
      DRIVER_EXCLUDED: 'Treiber ausgeschlossen',
      NOT_YET_ANSWERED: 'noch nicht beantwortet',
    },
    outcomeCounts: (counts) => `Ergebnisse: ${counts}.`,
    sheet: 'Wiederholungsbewertung',
    sheetHeader: ['Treiber', 'Name', 'Antwort vorher', 'Wert vorher', 'Vorher ausgeschlossen', 'Antwort jetzt', 'Wert jetzt', 'Jetzt ausgeschlossen', 'Veränderung', 'Tendenz'],
    improvementSheet: 'Ergebnis der Verbesserungen',
    improvementSheetHeader: ['Treiber', 'Verbesserung', 'Status', 'Antwort vorher', 'Erwartete Antwort', 'Antwort jetzt', 'Ergebnis'],
    chartName: 'Diagramm der Wiederholungsbewertung',
    chartDescription: 'Der Wert jedes Treibers in der vorigen Bewertung und jetzt',
  },
}
