/**
 * The French catalogue of the deliverables, typed by {@link ReportMessages} (a missing key fails
 * the build). Provenance markers are translated too: a translation of a reconstructed text stays
 * reconstructed.
 *
 * @packageDocumentation
 */
import type { ReportMessages } from './report-messages-en.js'

/** The French catalogue. */
export const REPORT_MESSAGES_FR: ReportMessages = {
  common: {
    none: 'aucun',
    notSet: 'non défini',
    notScored: 'non évalué',
    noBand: 'aucune bande',
    yes: 'oui',
    no: 'non',
  },
  markers: { read: '[source SEI]', inferred: '[reconstitué]', design: '[règle de la plateforme]' },
  provenanceKey:
    '[source SEI] : lu dans une source SEI/CERT ; [reconstitué] : notre reconstitution, pas un texte du SEI ; [règle de la plateforme] : une règle de cette plateforme.',
  page: {
    header: (title) => `Résultats IMMD · ${title}`,
    draft: 'BROUILLON',
    draftUntil: 'BROUILLON jusqu’à la communication des résultats',
    watermarkDescription: 'Brouillon : résultats pas encore communiqués',
    pageOf: (page, pages) => `Page ${page} sur ${pages}`,
    page: 'Page',
    of: 'sur',
    documentTitle: (title) => `Résultats IMMD : ${title}`,
    subject: (version) => `Diagnostic de mission de gestion des incidents (${version})`,
  },
  status: { final: 'DÉFINITIF', provisional: 'PROVISOIRE', withheld: 'RETENU', invalid: 'INVALIDE' },
  view: {
    excludedByTailoring: 'Exclu par adaptation',
    notAnswered: 'Sans réponse',
    confidence: { HIGH: 'Élevée', MEDIUM: 'Moyenne', LOW: 'Faible (preuves minces)' },
    migrated: 'reprise d’un ancien « sans objet »',
    coverage: (scored, all, minimum, evaluated) =>
      `${scored} facteurs sur ${all} dans l’ensemble noté (minimum ${minimum}), ${evaluated} évalués`,
    thinEvidence: (thin, scored, ids) =>
      `${thin} facteurs sur ${scored} reposent sur des preuves minces : ${ids}`,
    bandChanges: 'la bande change',
    thresholdMet: (band) => `Le seuil (${band}) est atteint.`,
    pathToThreshold: (band, steps, moves) =>
      `Atteindre ${band} demande ${steps} amélioration(s) d’un cran : ${moves}.`,
    unreachable: (band, reason) =>
      `${band} ne peut pas être atteint en améliorant les réponses (${reason}).`,
    outOfReach: 'hors de portée',
    headlineFinal: (band, total) =>
      `Potentiel de succès actuel : ${band}${total ? ` (valeur totale ${total})` : ''}`,
    headlineNoDriver: 'Résultat provisoire : aucun facteur évalué, pas de bande',
    headlineProvisional: (band, total) =>
      `Résultat provisoire, non définitif : bande indicative ${band}${total ? ` (valeur totale ${total})` : ''}`,
    headlineWithheld: 'Bande retenue : trop peu de facteurs restent dans l’ensemble noté',
    headlineInvalid: 'Aucun résultat : les évaluations enregistrées sont illisibles',
  },
  summary: {
    kicker: 'Diagnostic de mission de gestion des incidents · Synthèse',
    title: 'Synthèse',
    imc: (id) => `CGI ${id}`,
    method: (version) => `méthode ${version}`,
    state: (state) => `état ${state}`,
    generated: (date) => `généré le ${date}`,
    indicative: (band) => `${band} (indicative, non définitive)`,
    bandsBelow: (bands) => `${bands} bande(s) sous le seuil`,
    meets: 'atteint le seuil',
    wouldMeet: 'atteindrait le seuil',
    position: (current, threshold, differential) =>
      `Potentiel actuel : ${current} · Seuil de succès : ${threshold}${differential ? ` · ${differential}` : ''}`,
    driversAtAGlance: 'Les facteurs en un coup d’œil',
    profileChartName: 'Profil de succès',
    driverChartName: 'Graphique des facteurs',
    driverChartDescription: 'La valeur et la réponse de chaque facteur, et le total',
    strongest: 'Les trois facteurs les plus forts',
    weakest: 'Les trois facteurs les plus faibles',
    noDriverScored: 'Aucun facteur noté pour l’instant.',
    noOtherDriverScored: 'Aucun autre facteur noté pour l’instant.',
    nextSteps: 'Prochaines étapes recommandées',
    evaluateMissing: (ids) => `Évaluer les facteurs encore sans réponse : ${ids}.`,
    ownerDue: (owner, due) => `Responsable ${owner} · échéance ${due}`,
    planFor: (candidate) => `Planifier une amélioration pour ${candidate}`,
    noNextStep: 'Aucune prochaine étape enregistrée : planifiez des améliorations en A6.',
    itemsNoneCoded: (count, code) => `${count} élément(s) de données, aucun codé ${code}`,
    noItem: 'Aucun élément de données enregistré pour ce facteur.',
  },
  charts: {
    driverValue: 'Valeur du facteur',
    total: (total) => `Total ${total}`,
    profileTitle: 'Profil de succès de la CGI',
    profileSubtitle: (current, threshold) => `Actuel : ${current} · Seuil : ${threshold}`,
    provisionalBand: (band) => `${band} (provisoire, non définitive)`,
    noBandStatus: (status) => `pas de bande (${status})`,
    successThreshold: 'Seuil de succès',
    currentPotential: 'Potentiel actuel',
    totalValue: 'Valeur totale',
    cohortTitle: 'Comparaison de cohorte : l’engagement face aux quartiles de la cohorte',
    cohortRange: 'Cohorte Q1–Q3',
    cohortMedian: 'Médiane de la cohorte',
    thisEngagement: 'Cet engagement',
    suppressed: 'masqué',
    comparisonTitle: 'Réévaluation : valeurs des facteurs avant et maintenant',
    previous: 'Avant',
    current: 'Maintenant',
  },
  sections: {
    driverTable: 'Tableau des facteurs',
    driverDetail: 'Détail par facteur',
    sensitivity: 'Sensibilité',
    improvements: 'Améliorations',
    lessons: 'Enseignements',
    methodNotes: 'Notes de méthode',
    documentsReviewed: 'Documents examinés',
    interviewHandout: 'Guide d’entretien',
    benchmark: 'Comparaison de cohorte',
    comparison: 'Comparaison avec l’évaluation précédente',
  },
  driverTable: {
    header: ['Facteur', 'Nom', 'Réponse', 'Valeur', 'Poids', 'Contribution', 'Confiance', '+ / − / 0 / ?'],
    legend:
      'Valeur : la valeur de la réponse sur l’échelle 0–100, teintée de la couleur de sa bande. Poids et contribution : la part du facteur dans le total. Dernière colonne : éléments de données codés pour le succès (+), contre (−), neutres (0) et inconnus (?).',
  },
  driverDetail: {
    groups: {
      '+': 'Pour le succès (+)',
      '-': 'Contre le succès (−)',
      '0': 'Neutre (0)',
      '?': 'Effet inconnu (?)',
    },
    answer: 'Réponse',
    confidence: 'Confiance',
    rationale: 'Justification',
    noItems: 'Aucun élément de données.',
    describeAnswer: (answer, value, weight, contribution) =>
      `${answer} · valeur ${value} · poids ${weight} · contribution ${contribution}`,
  },
  sensitivity: {
    header: ['Facteur', 'Réponse', 'Un cran au-dessus', 'Un cran en dessous'],
    intro:
      'Ce qu’un cran de plus ou de moins sur chaque facteur répondu ferait au total et à la bande :',
    candidates: 'Candidats pour les prochaines étapes A6 (les plus faibles d’abord)',
  },
  improvements: {
    header: ['Facteur', 'Amélioration', 'Responsable · échéance', 'Priorité', 'Statut', 'Réponse attendue'],
    none: 'Aucune amélioration enregistrée.',
  },
  lessons: {
    header: ['Catégorie', 'Enseignement', 'Auteur', 'Date'],
    none: 'Aucun enseignement enregistré.',
  },
  documents: {
    header: ['Document', 'Examiné', 'Fichier', 'Version', 'SHA-256', 'Taille'],
    hidden: 'masqué (TLP)',
    noFile: 'aucun fichier joint',
    bytes: (size) => `${size} octets`,
    empty: 'Aucun document n’a été examiné.',
    intro:
      'Chaque document examiné avec son ou ses fichiers de preuve actuels. Le SHA-256 identifie le contenu exact lu par les évaluateurs.',
  },
  handout: {
    answerCriteria: 'Critères de réponse',
    noCriteria: 'Aucun critère enregistré.',
    header: ['Réponse', 'Critères', 'Provenance'],
  },
  methodNotes: {
    statusHeading: 'Statut, valeur totale et bande',
    status: 'Statut',
    why: 'Pourquoi',
    totalValue: 'Valeur totale',
    band: 'Bande',
    noFinalBand: 'pas de bande définitive',
    indicativeBand: 'Bande indicative (non définitive)',
    threshold: 'Seuil de succès',
    differential: 'Écart au seuil',
    bandsShort: (bands, points) => `${bands} bande(s) sous le seuil (${points} points de moins)`,
    meetsOrExceeds: 'atteint ou dépasse le seuil',
    wouldMeet: 'atteindrait ou dépasserait le seuil (indicatif : le résultat n’est pas définitif)',
    algorithm: 'Algorithme',
    cap: 'Plafond',
    derivation: 'Calcul',
    notAnsweredYet: 'Encore sans réponse',
    bandHeader: ['Bande', 'Valeur totale', 'Signification'],
    bandSources: (sources) => `Significations des bandes : ${sources}.`,
    coverageHeading: 'Couverture, exclusions et confiance',
    coverage: 'Couverture',
    excluded: 'Facteurs exclus',
    excludedEntry: (id, reason, by, date, origin) =>
      `${id} : ${reason} (décidé par ${by}${date ? `, ${date}` : ''} ; ${origin})`,
    excludedHeader: ['Facteur exclu', 'Motif', 'Décidé par', 'Date', 'Origine'],
    confidence: 'Confiance',
    noThinEvidence: 'aucun facteur ne repose sur des preuves minces',
    warnings: 'Avertissements',
    noWarnings: 'Aucun avertissement.',
    scopeHeading: 'Périmètre et méthode',
    organization: 'Organisation',
    imc: 'CGI',
    teams: 'Équipes évaluées',
    methodVersion: 'Version de la méthode',
    methodVersionValue: (name, version, algorithm) =>
      `${name} (${version}), algorithme ${algorithm}`,
    scopeList: 'Liste du périmètre',
    scopeListValue: (entries, interviewed) =>
      `${entries} entrées, ${interviewed} personnes interrogées`,
    documents: 'Documents',
    documentsValue: (listed, reviewed) => `${listed} listés, ${reviewed} examinés`,
    planned: 'Prévu',
    conducted: 'Réalisé',
    period: (from, to) => `du ${from} au ${to}`,
    marking: 'Marquage',
    aboutHeading: 'À propos de cette version de la méthode',
    rulesHeader: ['Règle', 'Provenance', 'Détail'],
  },
  rules: {
    labels: 'Libellés des réponses, noms et plages des bandes',
    labelsDetail: 'Comme sur la feuille IMMD (No … Yes ; Minimal 0–14 … Excellent 85–100).',
    questions: 'Questions des facteurs',
    questionsDetail:
      'Les questions non lues dans une source sont une formulation reconstituée, modifiable par adaptation.',
    values: 'Valeurs des réponses',
    criteria: 'Critères de réponse',
    criteriaDetail:
      'Ce qui doit être vrai pour donner chaque réponse ; non indiqué dans les sources lues.',
    algorithm: (algorithm) => `Algorithme de notation : ${algorithm}`,
    mean: 'La moyenne simple des facteurs répondus (la source dit seulement « un algorithme simple »).',
    ruleBased: (base, caps) => `Le total ${base}, avec plafonds : ${caps}.`,
    cap: (answer, drivers, band) => `${answer} sur ${drivers} → au plus ${band}`,
    weighted: 'Poids renormalisés sur les facteurs répondus.',
    bandMeanings: 'Significations des bandes',
    bandMeaningsDetail: (sources) => `Nos propres mots, qui portent le sens de : ${sources}.`,
    rounding: 'Arrondi avant la recherche de la bande',
    roundingDetail: 'Arrondi au demi supérieur à l’entier (84,375 → 84 → High).',
    exclusions: 'Exclusions',
    exclusionsDetail:
      'Un facteur ne quitte l’ensemble noté que par une décision d’adaptation enregistrée ; les autres sont renormalisés.',
    coverage: 'Couverture minimale',
    coverageDetail: (share) =>
      `Au moins ${share} % des facteurs de la méthode doivent rester dans l’ensemble noté, sinon la bande est retenue ; un résultat reste provisoire tant que chaque facteur de l’ensemble n’est pas évalué.`,
    confidence: 'Confiance par facteur',
    confidenceDetail: (minItems, thinSpread, highItems, highRaters, highSpread, highDocuments) =>
      `Preuves minces : moins de ${minItems} éléments de données, ni personne interrogée ni document, ou notes dispersées sur ${thinSpread} crans ou plus. Élevée : ${highItems} éléments ou plus, ${highRaters} personnes interrogées ou plus à ${highSpread} cran(s) près, ${highDocuments} document(s) ou plus.`,
    sensitivity: 'Sensibilité et candidats aux prochaines étapes',
    sensitivityDetail:
      'Le moins d’améliorations d’un cran ; à égalité, les facteurs les plus faibles et ceux avec des éléments d’échec passent d’abord.',
  },
  benchmark: {
    notApplicable: (reason) => `Pas de comparaison de cohorte : ${reason}`,
    notFetched: 'la comparaison ne fait pas partie de cet export.',
    intro:
      'Où chaque facteur et le total se situent parmi des CGI comparables : médiane et quartiles de la cohorte (0–100). Seuls des agrégats sont montrés ; aucun engagement, nom ou identifiant d’une autre organisation.',
    cohort: 'Cohorte',
    scope: {
      ORGANIZATION: 'les engagements de votre organisation',
      CROSS_ORGANIZATION: 'toutes les organisations participantes',
    },
    cohortDefinition: (scope, dimensions) =>
      `la dernière évaluation close et notée de chaque CGI parmi ${scope}${dimensions ? `, partageant ${dimensions}` : ''}`,
    dimension: {
      ORGANIZATIONAL_MODEL: 'modèle organisationnel',
      COUNTRY: 'pays',
      CONSTITUENCY: 'communauté desservie',
      SIZE_BAND: 'classe de taille',
    },
    notRecorded: 'non renseigné',
    size: 'Taille de la cohorte',
    sizeValue: (engagements, organizations) =>
      `${engagements} engagements de ${organizations} organisation(s)`,
    thresholds: 'Seuils de confidentialité',
    thresholdsValue: (k, kPrime) =>
      `k = ${k} engagements au moins par statistique, k' = ${kPrime} organisations distinctes au moins (cohortes inter-organisations)`,
    shared: 'Facteurs comparés',
    unshared: 'Non comparés (sans équivalent dans la méthode de la cohorte)',
    header: ['Facteur', 'Cet engagement', 'Cohorte Q1', 'Médiane', 'Q3', 'Position'],
    total: 'Total',
    position: {
      BELOW_FIRST_QUARTILE: 'sous Q1',
      INTERQUARTILE: 'Q1–Q3',
      ABOVE_THIRD_QUARTILE: 'au-dessus de Q3',
    },
    suppressedCell: (reason) => `masqué : ${reason}`,
    suppression: {
      TOO_FEW_ENGAGEMENTS: (k) => `moins de k = ${k} engagements`,
      TOO_FEW_ORGANIZATIONS: (kPrime) => `moins de k' = ${kPrime} organisations`,
      NOT_OPTED_IN: () =>
        'votre organisation ne participe pas aux comparaisons inter-organisations',
    },
    notes: 'Remarques',
    sheet: 'Comparaison de cohorte',
    sheetHeader: ['Ligne', 'Facteur', 'Nom', 'Valeur', 'Nombre', 'Min', 'Q1', 'Médiane', 'Q3', 'Max', 'Position', 'Masqué', 'Motif'],
    rowCohort: 'cohorte',
    rowDriver: 'facteur',
    rowTotal: 'total',
    chartName: 'Graphique de comparaison de cohorte',
    chartDescription: 'La valeur de chaque facteur face à l’intervalle interquartile et à la médiane de la cohorte',
  },
  comparison: {
    notApplicable:
      'Pas de comparaison : il s’agit d’une première évaluation (aucun engagement précédent).',
    intro: (previous) =>
      `Chaque facteur comparé à l’évaluation précédente${previous ? ` (${previous})` : ''} : valeurs des réponses sur l’échelle 0–100 et écart en points.`,
    deltaHeader: ['Facteur', 'Avant', 'Maintenant', 'Écart', 'Tendance'],
    change: {
      IMPROVED: 'en hausse',
      DECLINED: 'en baisse',
      UNCHANGED: 'inchangé',
      NOT_COMPARABLE: 'non comparable',
    },
    excluded: 'exclu',
    unanswered: 'sans réponse',
    improvementsHeading: 'Les améliorations ont-elles porté leurs fruits ?',
    improvementsIntro:
      'Chaque amélioration de l’évaluation précédente qui indiquait une réponse attendue, jugée d’après la réponse actuelle.',
    noImprovements:
      'Aucune amélioration de l’évaluation précédente n’indiquait de réponse attendue.',
    improvementsHeader: ['Facteur', 'Amélioration', 'Statut', 'Avant', 'Attendue', 'Maintenant', 'Résultat'],
    outcome: {
      MET: 'atteint',
      PARTLY: 'en partie atteint',
      NOT_MET: 'non atteint',
      DRIVER_EXCLUDED: 'facteur exclu',
      NOT_YET_ANSWERED: 'pas encore répondu',
    },
    outcomeCounts: (counts) => `Résultats : ${counts}.`,
    sheet: 'Réévaluation',
    sheetHeader: ['Facteur', 'Nom', 'Réponse avant', 'Valeur avant', 'Exclu avant', 'Réponse actuelle', 'Valeur actuelle', 'Exclu maintenant', 'Écart', 'Tendance'],
    improvementSheet: 'Résultats des améliorations',
    improvementSheetHeader: ['Facteur', 'Amélioration', 'Statut', 'Réponse avant', 'Réponse attendue', 'Réponse actuelle', 'Résultat'],
    chartName: 'Graphique de réévaluation',
    chartDescription: 'La valeur de chaque facteur lors de l’évaluation précédente et maintenant',
  },
}
