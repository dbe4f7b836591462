/**
 * French texts of IMMD 1.0 (method-version data). Our translation, not SEI's: every text is marked
 * `[DESIGN]` as a translation and keeps the provenance of its English source, so a translated `[INF]`
 * driver question is still a reconstruction. Terms follow French CSIRT usage (CERT-FR, ANSSI):
 * « traitement des incidents », « bénéficiaires » (constituents), « communauté desservie »
 * (constituency), « procédure d'escalade », « retour d'expérience » (postmortem); a driver is a
 * « facteur », IMC (capacité de gestion des incidents) is kept as the acronym, feminine.
 *
 * @packageDocumentation
 */
import type { MethodTranslation } from '../../../localization/translation-types.js'
import { pairText as p } from '../../../localization/translation-types.js'

/** IMMD 1.0 in French: every text paired with its English source. */
export const IMMD_1_0_FR: MethodTranslation = {
  method: 'immd-1.0',
  locale: 'fr',
  source: "IMMD-1.0-FR (our translation, not SEI's)",
  name: p(
    'Incident Management Mission Diagnostic, Version 1.0',
    'Incident Management Mission Diagnostic (diagnostic de mission de la gestion des incidents), version 1.0',
  ),
  description: p(
    'Estimates the potential for success of an incident management capability (IMC) from ten drivers answered on a five-point scale, placed on a five-band success profile next to the success threshold. Answer values, the mean algorithm, driver questions D2-D10 and handout prompts are reconstructions or product proposals, marked by their provenance.',
    "Estime le potentiel de succès d'une capacité de gestion des incidents (IMC) à partir de dix facteurs évalués sur une échelle à cinq niveaux, et le situe sur un profil de succès à cinq bandes, à côté du seuil de succès. Les valeurs des réponses, l'algorithme de la moyenne, les questions des facteurs D2 à D10 et les points à prendre en compte du support d'entretien sont des reconstitutions ou des propositions du produit, signalées par leur provenance.",
  ),
  drivers: {
    D1: {
      shortName: p(
        'realistic and well-articulated goals',
        'des objectifs réalistes et clairement formulés',
      ),
      question: p(
        "Are the IMC's goals realistic and well-articulated?",
        "Les objectifs de l'IMC sont-ils réalistes et clairement formulés ?",
      ),
      prompts: [
        p(
          'Is the IMC mission/goal set published to constituents?',
          "La mission et les objectifs de l'IMC sont-ils publiés auprès des bénéficiaires ?",
        ),
        p(
          'Do personnel, stakeholders and constituents understand it?',
          'Le personnel, les parties prenantes et les bénéficiaires les comprennent-ils ?',
        ),
        p(
          'Are goals achievable with current resources?',
          'Les objectifs sont-ils atteignables avec les ressources actuelles ?',
        ),
      ],
    },
    D2: {
      shortName: p(
        'effective communication and information sharing',
        "une communication et un partage d'information efficaces",
      ),
      question: p(
        'Are communication and information sharing about IMC activities effective?',
        "La communication et le partage d'information sur les activités de l'IMC sont-ils efficaces ?",
      ),
      prompts: [
        p(
          'Is there an up-to-date notification list of people/units?',
          'Existe-t-il une liste de notification à jour des personnes et des unités ?',
        ),
        p(
          'Are secure channels (mail, teleconference, extranet/intranet) in place?',
          'Des canaux sécurisés (messagerie, téléconférence, extranet/intranet) sont-ils en place ?',
        ),
        p(
          'Are regular virtual and face-to-face team meetings held?',
          "Des réunions d'équipe régulières, à distance et en présentiel, ont-elles lieu ?",
        ),
      ],
    },
    D3: {
      shortName: p(
        'well-understood customer needs and requirements',
        'des besoins et exigences des bénéficiaires bien compris',
      ),
      question: p(
        'Are customer needs and requirements well understood?',
        'Les besoins et les exigences des bénéficiaires sont-ils bien compris ?',
      ),
      prompts: [
        p(
          'Is the constituency clearly defined?',
          'La communauté desservie est-elle clairement définie ?',
        ),
        p(
          'Is there feedback from constituents (surveys, incident feedback)?',
          'Les bénéficiaires font-ils des retours (enquêtes, retours sur les incidents traités) ?',
        ),
      ],
    },
    D4: {
      shortName: p(
        'organizational and political conditions that facilitate completion of IMC activities',
        "des conditions organisationnelles et politiques qui facilitent la réalisation des activités de l'IMC",
      ),
      question: p(
        'Do organizational and political conditions facilitate completion of IMC activities?',
        "Les conditions organisationnelles et politiques facilitent-elles la réalisation des activités de l'IMC ?",
      ),
      prompts: [
        p(
          'Does the IMC have a sponsor and a defined authority (full / shared / none)?',
          "L'IMC a-t-elle un commanditaire et une autorité définie (complète / partagée / aucune) ?",
        ),
        p(
          'Do divisional managers release staff for incident work when needed?',
          "Les responsables de division libèrent-ils du personnel pour le traitement des incidents lorsque c'est nécessaire ?",
        ),
      ],
    },
    D5: {
      shortName: p(
        'operational processes that support efficient and effective process execution of IMC activities',
        "des processus opérationnels qui permettent une exécution efficiente et efficace des activités de l'IMC",
      ),
      question: p(
        'Do the operational processes support efficient and effective execution of IMC activities?',
        "Les processus opérationnels permettent-ils une exécution efficiente et efficace des activités de l'IMC ?",
      ),
      prompts: [
        p(
          'Are incident handling policies, procedures and processes formalized?',
          'Les politiques, procédures et processus de traitement des incidents sont-ils formalisés ?',
        ),
        p(
          'Is there an escalation procedure (management, PR, law enforcement)?',
          "Existe-t-il une procédure d'escalade (direction, communication, forces de l'ordre) ?",
        ),
        p(
          'Is there a follow-up check that response steps were applied at every site?',
          'Vérifie-t-on ensuite que les mesures de réponse ont été appliquées sur chaque site ?',
        ),
      ],
    },
    D6: {
      shortName: p(
        'IMC management that facilitates execution of tasks and activities',
        "une direction de l'IMC qui facilite l'exécution des tâches et des activités",
      ),
      question: p(
        'Does IMC management facilitate execution of tasks and activities?',
        "La direction de l'IMC facilite-t-elle l'exécution des tâches et des activités ?",
      ),
      prompts: [
        p(
          'Is there a designated IMC manager with a trained backup?',
          "Un responsable de l'IMC est-il désigné, avec un suppléant formé ?",
        ),
        p(
          'Does the manager coordinate, supervise and negotiate resources?',
          'Le responsable coordonne-t-il, supervise-t-il et négocie-t-il les ressources ?',
        ),
      ],
    },
    D7: {
      shortName: p(
        'efficient and effective task execution',
        'une exécution efficiente et efficace des tâches',
      ),
      question: p(
        'Is task execution efficient and effective?',
        'Les tâches sont-elles exécutées de manière efficiente et efficace ?',
      ),
      prompts: [
        p(
          'Are response steps carried out consistently?',
          'Les mesures de réponse sont-elles appliquées de manière cohérente ?',
        ),
        p(
          'Are tasks assigned by expertise?',
          'Les tâches sont-elles attribuées selon les compétences ?',
        ),
        p('Is quality assurance applied?', 'Une assurance qualité est-elle appliquée ?'),
      ],
    },
    D8: {
      shortName: p(
        'sufficient staffing and funding for all IMC activities',
        "des effectifs et un financement suffisants pour toutes les activités de l'IMC",
      ),
      question: p(
        'Are staffing and funding sufficient for all IMC activities?',
        "Les effectifs et le financement sont-ils suffisants pour toutes les activités de l'IMC ?",
      ),
      prompts: [
        p(
          'Are there enough staff with the needed skills, with backups and cross-training?',
          'Le personnel est-il suffisant et dispose-t-il des compétences nécessaires, avec des suppléants et une formation croisée ?',
        ),
        p(
          'Is the time share of part-time members agreed?',
          'La part de temps des membres à temps partiel est-elle convenue ?',
        ),
        p(
          'Is funding (incl. compensation, training) secured?',
          'Le financement (y compris rémunération et formation) est-il assuré ?',
        ),
      ],
    },
    D9: {
      shortName: p(
        'adequate technological and physical infrastructure',
        'une infrastructure technique et physique adéquate',
      ),
      question: p(
        'Is the technological and physical infrastructure adequate to support IMC activities?',
        "L'infrastructure technique et physique est-elle adéquate pour soutenir les activités de l'IMC ?",
      ),
      prompts: [
        p(
          'Can every member reach a shared incident tracking system?',
          'Chaque membre a-t-il accès à un système commun de suivi des incidents ?',
        ),
        p(
          'Are secure communications available?',
          'Des communications sécurisées sont-elles disponibles ?',
        ),
        p('Is test equipment available?', 'Un équipement de test est-il disponible ?'),
      ],
    },
    D10: {
      shortName: p(
        'effectively managed changing circumstances and unpredictable events',
        'des changements de situation et des événements imprévisibles gérés efficacement',
      ),
      question: p(
        'Are changing circumstances and unpredictable events managed effectively?',
        'Les changements de situation et les événements imprévisibles sont-ils gérés efficacement ?',
      ),
      prompts: [
        p(
          'Is the contact list kept current through reorganizations?',
          'La liste des contacts est-elle tenue à jour lors des réorganisations ?',
        ),
        p(
          "Can the team cope with a crisis that also hits members' day jobs?",
          "L'équipe peut-elle faire face à une crise qui touche aussi l'activité principale de ses membres ?",
        ),
      ],
    },
  },
  answers: {
    no: {
      label: p('No', 'Non'),
      criteria: p(
        'The condition the driver asks about is not met: failure (-) data items dominate, no success (+) item stands against them, and interviewees and documents agree that it is absent.',
        "La condition sur laquelle porte le facteur n'est pas remplie : les éléments d'information d'échec (-) dominent, aucun élément de succès (+) ne les contrebalance, et les personnes interrogées comme les documents confirment son absence.",
      ),
    },
    'likely-no': {
      label: p('Likely No', 'Probablement non'),
      criteria: p(
        'The condition is mostly not met: failure items outweigh success items, and the gaps found are serious enough that the driver will not support success without change.',
        "La condition n'est en grande partie pas remplie : les éléments d'échec l'emportent sur les éléments de succès, et les lacunes constatées sont assez graves pour que le facteur ne favorise pas le succès sans changement.",
      ),
    },
    'equally-likely': {
      label: p('Equally Likely', 'Autant oui que non'),
      criteria: p(
        'The evidence is balanced or mixed: success and failure items carry similar weight, or interviewees disagree, so the team cannot lean either way.',
        "Les éléments sont équilibrés ou contradictoires : les éléments de succès et d'échec ont un poids comparable, ou les personnes interrogées ne sont pas d'accord, si bien que l'équipe ne peut pencher d'aucun côté.",
      ),
    },
    'likely-yes': {
      label: p('Likely Yes', 'Probablement oui'),
      criteria: p(
        'The condition is mostly met: success items outweigh failure items, and the remaining gaps are minor or already being addressed.',
        "La condition est en grande partie remplie : les éléments de succès l'emportent sur les éléments d'échec, et les lacunes restantes sont mineures ou déjà en cours de traitement.",
      ),
    },
    yes: {
      label: p('Yes', 'Oui'),
      criteria: p(
        'The condition is met: success items are corroborated by interviews and documents, and no material failure item remains.',
        "La condition est remplie : les éléments de succès sont corroborés par les entretiens et les documents, et aucun élément d'échec significatif ne subsiste.",
      ),
    },
  },
  effectCodes: {
    '+': {
      name: p('success driver', 'facteur de succès'),
      meaning: p(
        'Pushes the IMC toward success (positive influence).',
        "Pousse l'IMC vers le succès (influence positive).",
      ),
    },
    '-': {
      name: p('failure driver', "facteur d'échec"),
      meaning: p(
        'Pushes the IMC toward failure (negative effect).',
        "Pousse l'IMC vers l'échec (effet négatif).",
      ),
    },
    '0': {
      name: p('neutral driver', 'facteur neutre'),
      meaning: p(
        'No perceived influence either way.',
        "Aucune influence perçue, dans un sens ou dans l'autre.",
      ),
    },
    '?': {
      name: p('unknown driver', 'facteur inconnu'),
      meaning: p(
        'Might matter a lot for success or failure, but its effect cannot be judged yet.',
        "Pourrait peser lourdement sur le succès ou l'échec, mais son effet ne peut pas encore être évalué.",
      ),
    },
  },
  bands: {
    minimal: {
      label: p('Minimal', 'Minimal'),
      meaning: p(
        'Success drivers are very weak; the outcome is expected to be a failure.',
        "Les facteurs de succès sont très faibles ; l'issue attendue est un échec.",
      ),
    },
    low: {
      label: p('Low', 'Faible'),
      meaning: p(
        'Success drivers are weak; failure is more likely than success.',
        "Les facteurs de succès sont faibles ; l'échec est plus probable que le succès.",
      ),
    },
    borderline: {
      label: p('Borderline', 'Limite'),
      meaning: p(
        'Success drivers are moderate; success and failure are about equally likely.',
        "Les facteurs de succès sont modérés ; le succès et l'échec sont à peu près aussi probables l'un que l'autre.",
      ),
    },
    high: {
      label: p('High', 'Élevé'),
      meaning: p(
        'Success drivers are strong; success is more likely than failure.',
        "Les facteurs de succès sont solides ; le succès est plus probable que l'échec.",
      ),
    },
    excellent: {
      label: p('Excellent', 'Excellent'),
      meaning: p(
        'Success drivers are very strong; the outcome is expected to be a success.',
        "Les facteurs de succès sont très solides ; l'issue attendue est un succès.",
      ),
    },
  },
  phases: {
    prepare: { name: p('Prepare for the IMMD', "Préparer l'IMMD") },
    conduct: { name: p('Conduct the IMMD', "Conduire l'IMMD") },
    post: { name: p('Complete the post-IMMD activities', 'Mener à bien les activités post-IMMD') },
  },
  activities: {
    PRA1: {
      name: p('Develop stakeholder sponsorship', 'Obtenir le parrainage des parties prenantes'),
    },
    PRA2: { name: p('Set the IMMD scope', "Définir le périmètre de l'IMMD") },
    PRA3: { name: p('Develop the IMMD plan', "Élaborer le plan de l'IMMD") },
    PRA4: { name: p('Coordinate logistics', 'Organiser la logistique') },
    PRA5: { name: p('Train personnel', 'Former le personnel') },
    PRA6: {
      name: p(
        'Tailor IMMD procedures, criteria, and supporting artifacts',
        "Adapter les procédures, les critères et les supports de l'IMMD",
      ),
    },
    A1: { name: p('Gather data from people', 'Recueillir des données auprès des personnes') },
    A2: {
      name: p(
        'Generate data from documentation',
        'Produire des données à partir de la documentation',
      ),
    },
    A3: { name: p('Evaluate drivers', 'Évaluer les facteurs') },
    A4: { name: p('Apply analysis algorithm', "Appliquer l'algorithme d'analyse") },
    A5: { name: p('Establish the IMC success profile', "Établir le profil de succès de l'IMC") },
    A6: { name: p('Determine next steps', 'Déterminer les prochaines étapes') },
    PAA1: { name: p('Communicate results', 'Communiquer les résultats') },
    PAA2: {
      name: p('Conduct postmortem of the IMMD', "Conduire le retour d'expérience de l'IMMD"),
    },
    PAA3: {
      name: p(
        'Implement improvements to the IMMD process',
        'Mettre en œuvre les améliorations du processus IMMD',
      ),
    },
  },
  artifacts: {
    PRI1: { name: p('IMMD requirements', "Exigences de l'IMMD") },
    C1: { name: p('IMMD constraints', "Contraintes de l'IMMD") },
    PRO1: { name: p('Stakeholder sponsorship', 'Parrainage des parties prenantes') },
    PRO2: { name: p('IMMD scope', "Périmètre de l'IMMD") },
    PRO3: { name: p('IMMD plan', "Plan de l'IMMD") },
    PRO4: { name: p('IMMD logistics', "Logistique de l'IMMD") },
    PRO5: { name: p('Trained personnel', 'Personnel formé') },
    PRO6: { name: p('IMMD procedures', "Procédures de l'IMMD") },
    PRO7: { name: p('IMMD artifacts and tools', "Supports et outils de l'IMMD") },
    R1: {
      name: p('IMMD', 'IMMD'),
      note: p(
        'Presumably the method description itself [INF].',
        'Vraisemblablement la description de la méthode elle-même [INF].',
      ),
    },
    R2: { name: p('IMMD preparation procedures', "Procédures de préparation de l'IMMD") },
    R3: {
      name: p(
        'IMMD preparation artifacts and tools',
        "Supports et outils de préparation de l'IMMD",
      ),
    },
    R4: { name: p('IMMD training artifacts', "Supports de formation à l'IMMD") },
    R5: { name: p('Experienced personnel', 'Personnel expérimenté') },
    I1: { name: p("People's knowledge", 'Connaissances des personnes') },
    I2: { name: p('Documentation', 'Documentation') },
    N1: { name: p('Data from people', 'Données issues des personnes') },
    N2: { name: p('Data from documentation', 'Données issues de la documentation') },
    O1: { name: p('Driver values and rationale', 'Valeurs et justifications des facteurs') },
    O2: { name: p('IMC current potential for success', "Potentiel de succès actuel de l'IMC") },
    O3: { name: p('IMC success profile', "Profil de succès de l'IMC") },
    O4: { name: p('IMC next steps', "Prochaines étapes de l'IMC") },
    PAI1: { name: p('IMMD results and plans', "Résultats et plans de l'IMMD") },
    PAI2: {
      name: p(
        'IMMD procedures, artifacts, tools, and training',
        "Procédures, supports, outils et formation de l'IMMD",
      ),
    },
    PAO1: { name: p('Communicated IMMD results', "Résultats de l'IMMD communiqués") },
    PAO2: { name: p('Lessons learned', 'Enseignements tirés') },
    PAO3: {
      name: p(
        'Updates to IMMD procedures, artifacts, tools, and training',
        "Mises à jour des procédures, supports, outils et formation de l'IMMD",
      ),
    },
    R6: { name: p('Post-IMMD procedures', 'Procédures post-IMMD') },
    R7: { name: p('Post-IMMD artifacts and tools', 'Supports et outils post-IMMD') },
  },
  worksheets: {
    'preparation-checklist': {
      name: p('IMMD Preparation Checklist', "Liste de contrôle de préparation de l'IMMD"),
      purpose: p(
        'The to-do list for the Phase 1 (preparation) activities.',
        'La liste des tâches des activités de la phase 1 (préparation).',
      ),
      fields: {
        item: p('Item', 'Élément'),
        activity: p('Related activity', 'Activité concernée'),
        owner: p('Owner', 'Responsable'),
        'due-date': p('Due date', 'Échéance'),
        done: p('Done', 'Fait'),
        notes: p('Notes', 'Notes'),
      },
    },
    'scope-list': {
      name: p('IMMD Scope List', "Liste du périmètre de l'IMMD"),
      purpose: p(
        'Who will be interviewed: groups and particular people.',
        'Les personnes à interroger : groupes et personnes désignées.',
      ),
      fields: {
        group: p('Group / unit', 'Groupe / unité'),
        person: p('Person', 'Personne'),
        role: p('Role / position', 'Rôle / fonction'),
        'imc-functions': p('IMC function(s) covered', "Fonction(s) de l'IMC couverte(s)"),
        contact: p('Contact', 'Contact'),
        session: p('Session assignment', 'Séance attribuée'),
        interviewed: p('Interviewed', 'Interrogé'),
      },
    },
    questionnaire: {
      name: p('IMMD Questionnaire', "Questionnaire de l'IMMD"),
      purpose: p(
        'The driver set that steers each interview session.',
        "L'ensemble des facteurs qui guide chaque séance d'entretien.",
      ),
      fields: {
        'driver-id': p('Driver', 'Facteur'),
        question: p('Question', 'Question'),
        'interviewer-notes': p(
          'Interviewer notes (per session)',
          "Notes de l'intervieweur (par séance)",
        ),
        'data-items': p('Data items raised', "Éléments d'information relevés"),
      },
    },
    handout: {
      name: p('IMMD Handout', "Support d'entretien de l'IMMD"),
      purpose: p(
        'Each driver phrased as a question, plus explanatory notes.',
        'Chaque facteur formulé sous forme de question, avec des notes explicatives.',
      ),
      fields: {
        'driver-id': p('Driver', 'Facteur'),
        question: p('Question', 'Question'),
        'things-to-consider': p('Things to consider', 'Points à prendre en compte'),
      },
    },
    'document-checklist': {
      name: p('IMMD Document Checklist', "Liste de contrôle des documents de l'IMMD"),
      purpose: p(
        'The list of documents the team gathers and reviews.',
        "La liste des documents que l'équipe rassemble et examine.",
      ),
      fields: {
        title: p('Document title', 'Titre du document'),
        type: p('Document type', 'Type de document'),
        owner: p('Owner', 'Responsable'),
        requested: p('Requested', 'Demandé'),
        received: p('Received', 'Reçu'),
        reviewed: p('Reviewed', 'Examiné'),
        'data-items': p('Data items extracted', "Éléments d'information extraits"),
      },
    },
    'immd-worksheet': {
      name: p('IMMD Worksheet', "Fiche de travail de l'IMMD"),
      purpose: p(
        "Records each driver's evaluation and score, its rationale, and the overall result.",
        "Consigne l'évaluation et la valeur de chaque facteur, sa justification et le résultat global.",
      ),
      fields: {
        'driver-number': p('Driver number', 'Numéro du facteur'),
        question: p('Question', 'Question'),
        answer: p('Answer', 'Réponse'),
        value: p('Value', 'Valeur'),
        rationale: p(
          'Rationale (coded data items)',
          "Justification (éléments d'information codés)",
        ),
        'data-item-sources': p('Data item sources', "Sources des éléments d'information"),
        'current-potential': p('Current potential for success', 'Potentiel de succès actuel'),
        'total-value': p('Total value', 'Valeur totale'),
        'success-threshold': p('Success threshold', 'Seuil de succès'),
      },
    },
    'improvement-worksheet': {
      name: p('IMC Improvement Worksheet', "Fiche d'amélioration de l'IMC"),
      purpose: p(
        'Captures candidate improvements to the IMC and what was decided about them.',
        "Recense les améliorations envisagées pour l'IMC et les décisions prises à leur sujet.",
      ),
      fields: {
        'driver-id': p('Driver', 'Facteur'),
        'data-items': p(
          'Related data items (mostly - and ?)',
          "Éléments d'information liés (surtout - et ?)",
        ),
        improvement: p('Proposed improvement', 'Amélioration proposée'),
        priority: p('Priority', 'Priorité'),
        owner: p('Owner', 'Responsable'),
        'target-date': p('Target date', 'Date cible'),
        'expected-effect': p('Expected effect on driver', 'Effet attendu sur le facteur'),
      },
    },
  },
}
