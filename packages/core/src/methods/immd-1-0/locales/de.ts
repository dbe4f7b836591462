/**
 * German texts of IMMD 1.0 (method-version data). Our translation, not SEI's: every text is marked
 * `[DESIGN]` as a translation and keeps the provenance of its English source, so a translated `[INF]`
 * driver question is still a reconstruction. Terms follow German CSIRT usage (BSI, CERT-Verbund):
 * „Vorfallbearbeitung" (incident handling), „Zielgruppe" (constituency), „Eskalationsverfahren",
 * „Nachbetrachtung" (postmortem); a driver is a „Treiber", a data item a „Datenpunkt", and IMC
 * (Incident-Management-Fähigkeit) is kept as the acronym, feminine.
 *
 * @packageDocumentation
 */
import type { MethodTranslation } from '../../../localization/translation-types.js'
import { pairText as p } from '../../../localization/translation-types.js'

/** IMMD 1.0 in German: every text paired with its English source. */
export const IMMD_1_0_DE: MethodTranslation = {
  method: 'immd-1.0',
  locale: 'de',
  source: "IMMD-1.0-DE (our translation, not SEI's)",
  name: p(
    'Incident Management Mission Diagnostic, Version 1.0',
    'Incident Management Mission Diagnostic (Missionsdiagnose des Incident Managements), Version 1.0',
  ),
  description: p(
    'Estimates the potential for success of an incident management capability (IMC) from ten drivers answered on a five-point scale, placed on a five-band success profile next to the success threshold. Answer values, the mean algorithm, driver questions D2-D10 and handout prompts are reconstructions or product proposals, marked by their provenance.',
    'Schätzt das Erfolgspotenzial einer Incident-Management-Fähigkeit (IMC) anhand von zehn Treibern, die auf einer fünfstufigen Skala beantwortet werden, und ordnet es in ein Erfolgsprofil mit fünf Stufen neben der Erfolgsschwelle ein. Antwortwerte, der Mittelwert-Algorithmus, die Treiberfragen D2 bis D10 und die Hinweise des Handouts sind Rekonstruktionen oder Vorschläge des Produkts und durch ihre Herkunft gekennzeichnet.',
  ),
  drivers: {
    D1: {
      shortName: p(
        'realistic and well-articulated goals',
        'realistische und klar formulierte Ziele',
      ),
      question: p(
        "Are the IMC's goals realistic and well-articulated?",
        'Sind die Ziele der IMC realistisch und klar formuliert?',
      ),
      prompts: [
        p(
          'Is the IMC mission/goal set published to constituents?',
          'Sind Auftrag und Ziele der IMC gegenüber der Zielgruppe veröffentlicht?',
        ),
        p(
          'Do personnel, stakeholders and constituents understand it?',
          'Verstehen Mitarbeitende, Stakeholder und Zielgruppe sie?',
        ),
        p(
          'Are goals achievable with current resources?',
          'Sind die Ziele mit den vorhandenen Ressourcen erreichbar?',
        ),
      ],
    },
    D2: {
      shortName: p(
        'effective communication and information sharing',
        'wirksame Kommunikation und wirksamer Informationsaustausch',
      ),
      question: p(
        'Are communication and information sharing about IMC activities effective?',
        'Sind Kommunikation und Informationsaustausch über die Tätigkeiten der IMC wirksam?',
      ),
      prompts: [
        p(
          'Is there an up-to-date notification list of people/units?',
          'Gibt es eine aktuelle Benachrichtigungsliste der Personen und Organisationseinheiten?',
        ),
        p(
          'Are secure channels (mail, teleconference, extranet/intranet) in place?',
          'Sind sichere Kanäle (E-Mail, Telefonkonferenz, Extranet/Intranet) eingerichtet?',
        ),
        p(
          'Are regular virtual and face-to-face team meetings held?',
          'Finden regelmäßige Teambesprechungen statt, virtuell und vor Ort?',
        ),
      ],
    },
    D3: {
      shortName: p(
        'well-understood customer needs and requirements',
        'gut verstandene Bedürfnisse und Anforderungen der Zielgruppe',
      ),
      question: p(
        'Are customer needs and requirements well understood?',
        'Werden die Bedürfnisse und Anforderungen der Zielgruppe gut verstanden?',
      ),
      prompts: [
        p(
          'Is the constituency clearly defined?',
          'Ist die Zielgruppe (Constituency) klar abgegrenzt?',
        ),
        p(
          'Is there feedback from constituents (surveys, incident feedback)?',
          'Gibt es Rückmeldungen der Zielgruppe (Umfragen, Feedback zu bearbeiteten Vorfällen)?',
        ),
      ],
    },
    D4: {
      shortName: p(
        'organizational and political conditions that facilitate completion of IMC activities',
        'organisatorische und politische Rahmenbedingungen, die die Durchführung der IMC-Tätigkeiten erleichtern',
      ),
      question: p(
        'Do organizational and political conditions facilitate completion of IMC activities?',
        'Erleichtern die organisatorischen und politischen Rahmenbedingungen die Durchführung der IMC-Tätigkeiten?',
      ),
      prompts: [
        p(
          'Does the IMC have a sponsor and a defined authority (full / shared / none)?',
          'Hat die IMC einen Sponsor und festgelegte Befugnisse (vollständig / geteilt / keine)?',
        ),
        p(
          'Do divisional managers release staff for incident work when needed?',
          'Stellen Bereichsleitungen bei Bedarf Personal für die Vorfallbearbeitung frei?',
        ),
      ],
    },
    D5: {
      shortName: p(
        'operational processes that support efficient and effective process execution of IMC activities',
        'operative Prozesse, die eine effiziente und wirksame Ausführung der IMC-Tätigkeiten unterstützen',
      ),
      question: p(
        'Do the operational processes support efficient and effective execution of IMC activities?',
        'Unterstützen die operativen Prozesse eine effiziente und wirksame Ausführung der IMC-Tätigkeiten?',
      ),
      prompts: [
        p(
          'Are incident handling policies, procedures and processes formalized?',
          'Sind Richtlinien, Verfahren und Prozesse der Vorfallbearbeitung formalisiert?',
        ),
        p(
          'Is there an escalation procedure (management, PR, law enforcement)?',
          'Gibt es ein Eskalationsverfahren (Management, Öffentlichkeitsarbeit, Strafverfolgungsbehörden)?',
        ),
        p(
          'Is there a follow-up check that response steps were applied at every site?',
          'Wird nachträglich geprüft, ob die Reaktionsmaßnahmen an jedem Standort umgesetzt wurden?',
        ),
      ],
    },
    D6: {
      shortName: p(
        'IMC management that facilitates execution of tasks and activities',
        'eine IMC-Leitung, die die Ausführung von Aufgaben und Tätigkeiten erleichtert',
      ),
      question: p(
        'Does IMC management facilitate execution of tasks and activities?',
        'Erleichtert die IMC-Leitung die Ausführung von Aufgaben und Tätigkeiten?',
      ),
      prompts: [
        p(
          'Is there a designated IMC manager with a trained backup?',
          'Gibt es eine benannte IMC-Leitung mit einer geschulten Vertretung?',
        ),
        p(
          'Does the manager coordinate, supervise and negotiate resources?',
          'Koordiniert und beaufsichtigt die Leitung und verhandelt sie Ressourcen?',
        ),
      ],
    },
    D7: {
      shortName: p(
        'efficient and effective task execution',
        'effiziente und wirksame Aufgabenausführung',
      ),
      question: p(
        'Is task execution efficient and effective?',
        'Werden die Aufgaben effizient und wirksam ausgeführt?',
      ),
      prompts: [
        p(
          'Are response steps carried out consistently?',
          'Werden Reaktionsmaßnahmen einheitlich durchgeführt?',
        ),
        p('Are tasks assigned by expertise?', 'Werden Aufgaben nach Fachkenntnis vergeben?'),
        p('Is quality assurance applied?', 'Wird Qualitätssicherung angewendet?'),
      ],
    },
    D8: {
      shortName: p(
        'sufficient staffing and funding for all IMC activities',
        'ausreichendes Personal und ausreichende Finanzierung für alle IMC-Tätigkeiten',
      ),
      question: p(
        'Are staffing and funding sufficient for all IMC activities?',
        'Sind Personal und Finanzierung für alle IMC-Tätigkeiten ausreichend?',
      ),
      prompts: [
        p(
          'Are there enough staff with the needed skills, with backups and cross-training?',
          'Gibt es genügend Personal mit den nötigen Fähigkeiten, mit Vertretungen und gegenseitiger Einarbeitung?',
        ),
        p(
          'Is the time share of part-time members agreed?',
          'Ist der Zeitanteil der Teilzeitmitglieder vereinbart?',
        ),
        p(
          'Is funding (incl. compensation, training) secured?',
          'Ist die Finanzierung (einschließlich Vergütung und Schulung) gesichert?',
        ),
      ],
    },
    D9: {
      shortName: p(
        'adequate technological and physical infrastructure',
        'angemessene technische und physische Infrastruktur',
      ),
      question: p(
        'Is the technological and physical infrastructure adequate to support IMC activities?',
        'Ist die technische und physische Infrastruktur angemessen, um die IMC-Tätigkeiten zu unterstützen?',
      ),
      prompts: [
        p(
          'Can every member reach a shared incident tracking system?',
          'Hat jedes Mitglied Zugriff auf ein gemeinsames Ticketsystem für Vorfälle?',
        ),
        p(
          'Are secure communications available?',
          'Stehen sichere Kommunikationsmittel zur Verfügung?',
        ),
        p('Is test equipment available?', 'Steht Testausrüstung zur Verfügung?'),
      ],
    },
    D10: {
      shortName: p(
        'effectively managed changing circumstances and unpredictable events',
        'wirksam bewältigte veränderte Umstände und unvorhersehbare Ereignisse',
      ),
      question: p(
        'Are changing circumstances and unpredictable events managed effectively?',
        'Werden veränderte Umstände und unvorhersehbare Ereignisse wirksam bewältigt?',
      ),
      prompts: [
        p(
          'Is the contact list kept current through reorganizations?',
          'Wird die Kontaktliste bei Umorganisationen aktuell gehalten?',
        ),
        p(
          "Can the team cope with a crisis that also hits members' day jobs?",
          'Kann das Team eine Krise bewältigen, die auch die eigentlichen Aufgaben seiner Mitglieder trifft?',
        ),
      ],
    },
  },
  answers: {
    no: {
      label: p('No', 'Nein'),
      criteria: p(
        'The condition the driver asks about is not met: failure (-) data items dominate, no success (+) item stands against them, and interviewees and documents agree that it is absent.',
        'Die Bedingung, nach der der Treiber fragt, ist nicht erfüllt: Misserfolgs-Datenpunkte (-) überwiegen, kein Erfolgs-Datenpunkt (+) steht ihnen entgegen, und Befragte wie Dokumente bestätigen, dass sie fehlt.',
      ),
    },
    'likely-no': {
      label: p('Likely No', 'Wahrscheinlich nein'),
      criteria: p(
        'The condition is mostly not met: failure items outweigh success items, and the gaps found are serious enough that the driver will not support success without change.',
        'Die Bedingung ist überwiegend nicht erfüllt: Misserfolgs-Datenpunkte wiegen schwerer als Erfolgs-Datenpunkte, und die festgestellten Lücken sind so gravierend, dass der Treiber den Erfolg ohne Änderungen nicht stützt.',
      ),
    },
    'equally-likely': {
      label: p('Equally Likely', 'Gleich wahrscheinlich'),
      criteria: p(
        'The evidence is balanced or mixed: success and failure items carry similar weight, or interviewees disagree, so the team cannot lean either way.',
        'Die Befunde sind ausgeglichen oder widersprüchlich: Erfolgs- und Misserfolgs-Datenpunkte haben ähnliches Gewicht, oder die Befragten sind sich uneinig, sodass sich das Team nicht für eine Seite entscheiden kann.',
      ),
    },
    'likely-yes': {
      label: p('Likely Yes', 'Wahrscheinlich ja'),
      criteria: p(
        'The condition is mostly met: success items outweigh failure items, and the remaining gaps are minor or already being addressed.',
        'Die Bedingung ist überwiegend erfüllt: Erfolgs-Datenpunkte wiegen schwerer als Misserfolgs-Datenpunkte, und die verbleibenden Lücken sind gering oder werden bereits behoben.',
      ),
    },
    yes: {
      label: p('Yes', 'Ja'),
      criteria: p(
        'The condition is met: success items are corroborated by interviews and documents, and no material failure item remains.',
        'Die Bedingung ist erfüllt: Erfolgs-Datenpunkte werden durch Interviews und Dokumente bestätigt, und es bleibt kein wesentlicher Misserfolgs-Datenpunkt.',
      ),
    },
  },
  effectCodes: {
    '+': {
      name: p('success driver', 'Erfolgstreiber'),
      meaning: p(
        'Pushes the IMC toward success (positive influence).',
        'Bringt die IMC in Richtung Erfolg (positiver Einfluss).',
      ),
    },
    '-': {
      name: p('failure driver', 'Misserfolgstreiber'),
      meaning: p(
        'Pushes the IMC toward failure (negative effect).',
        'Bringt die IMC in Richtung Misserfolg (negative Wirkung).',
      ),
    },
    '0': {
      name: p('neutral driver', 'neutraler Treiber'),
      meaning: p(
        'No perceived influence either way.',
        'Kein erkennbarer Einfluss in die eine oder andere Richtung.',
      ),
    },
    '?': {
      name: p('unknown driver', 'unbekannter Treiber'),
      meaning: p(
        'Might matter a lot for success or failure, but its effect cannot be judged yet.',
        'Könnte für Erfolg oder Misserfolg viel bedeuten, seine Wirkung lässt sich aber noch nicht beurteilen.',
      ),
    },
  },
  bands: {
    minimal: {
      label: p('Minimal', 'Minimal'),
      meaning: p(
        'Success drivers are very weak; the outcome is expected to be a failure.',
        'Die Erfolgstreiber sind sehr schwach; das erwartete Ergebnis ist ein Misserfolg.',
      ),
    },
    low: {
      label: p('Low', 'Gering'),
      meaning: p(
        'Success drivers are weak; failure is more likely than success.',
        'Die Erfolgstreiber sind schwach; ein Misserfolg ist wahrscheinlicher als ein Erfolg.',
      ),
    },
    borderline: {
      label: p('Borderline', 'Grenzwertig'),
      meaning: p(
        'Success drivers are moderate; success and failure are about equally likely.',
        'Die Erfolgstreiber sind mäßig; Erfolg und Misserfolg sind etwa gleich wahrscheinlich.',
      ),
    },
    high: {
      label: p('High', 'Hoch'),
      meaning: p(
        'Success drivers are strong; success is more likely than failure.',
        'Die Erfolgstreiber sind stark; ein Erfolg ist wahrscheinlicher als ein Misserfolg.',
      ),
    },
    excellent: {
      label: p('Excellent', 'Exzellent'),
      meaning: p(
        'Success drivers are very strong; the outcome is expected to be a success.',
        'Die Erfolgstreiber sind sehr stark; das erwartete Ergebnis ist ein Erfolg.',
      ),
    },
  },
  phases: {
    prepare: { name: p('Prepare for the IMMD', 'Das IMMD vorbereiten') },
    conduct: { name: p('Conduct the IMMD', 'Das IMMD durchführen') },
    post: {
      name: p('Complete the post-IMMD activities', 'Die Nachbereitung des IMMD abschließen'),
    },
  },
  activities: {
    PRA1: {
      name: p(
        'Develop stakeholder sponsorship',
        'Unterstützung durch Sponsoren und Stakeholder gewinnen',
      ),
    },
    PRA2: { name: p('Set the IMMD scope', 'Den Umfang des IMMD festlegen') },
    PRA3: { name: p('Develop the IMMD plan', 'Den IMMD-Plan erstellen') },
    PRA4: { name: p('Coordinate logistics', 'Die Logistik koordinieren') },
    PRA5: { name: p('Train personnel', 'Das Personal schulen') },
    PRA6: {
      name: p(
        'Tailor IMMD procedures, criteria, and supporting artifacts',
        'IMMD-Verfahren, -Kriterien und unterstützende Hilfsmittel anpassen',
      ),
    },
    A1: { name: p('Gather data from people', 'Daten von Personen erheben') },
    A2: { name: p('Generate data from documentation', 'Daten aus der Dokumentation gewinnen') },
    A3: { name: p('Evaluate drivers', 'Treiber bewerten') },
    A4: { name: p('Apply analysis algorithm', 'Analysealgorithmus anwenden') },
    A5: { name: p('Establish the IMC success profile', 'Das Erfolgsprofil der IMC erstellen') },
    A6: { name: p('Determine next steps', 'Nächste Schritte festlegen') },
    PAA1: { name: p('Communicate results', 'Ergebnisse kommunizieren') },
    PAA2: {
      name: p(
        'Conduct postmortem of the IMMD',
        'Nachbetrachtung (Post-Mortem) des IMMD durchführen',
      ),
    },
    PAA3: {
      name: p(
        'Implement improvements to the IMMD process',
        'Verbesserungen am IMMD-Prozess umsetzen',
      ),
    },
  },
  artifacts: {
    PRI1: { name: p('IMMD requirements', 'IMMD-Anforderungen') },
    C1: { name: p('IMMD constraints', 'IMMD-Randbedingungen') },
    PRO1: { name: p('Stakeholder sponsorship', 'Unterstützung durch Sponsoren und Stakeholder') },
    PRO2: { name: p('IMMD scope', 'IMMD-Umfang') },
    PRO3: { name: p('IMMD plan', 'IMMD-Plan') },
    PRO4: { name: p('IMMD logistics', 'IMMD-Logistik') },
    PRO5: { name: p('Trained personnel', 'Geschultes Personal') },
    PRO6: { name: p('IMMD procedures', 'IMMD-Verfahren') },
    PRO7: { name: p('IMMD artifacts and tools', 'IMMD-Hilfsmittel und -Werkzeuge') },
    R1: {
      name: p('IMMD', 'IMMD'),
      note: p(
        'Presumably the method description itself [INF].',
        'Vermutlich die Methodenbeschreibung selbst [INF].',
      ),
    },
    R2: { name: p('IMMD preparation procedures', 'IMMD-Vorbereitungsverfahren') },
    R3: {
      name: p(
        'IMMD preparation artifacts and tools',
        'IMMD-Vorbereitungshilfsmittel und -werkzeuge',
      ),
    },
    R4: { name: p('IMMD training artifacts', 'IMMD-Schulungsunterlagen') },
    R5: { name: p('Experienced personnel', 'Erfahrenes Personal') },
    I1: { name: p("People's knowledge", 'Wissen der Beteiligten') },
    I2: { name: p('Documentation', 'Dokumentation') },
    N1: { name: p('Data from people', 'Daten von Personen') },
    N2: { name: p('Data from documentation', 'Daten aus der Dokumentation') },
    O1: { name: p('Driver values and rationale', 'Treiberwerte und Begründungen') },
    O2: { name: p('IMC current potential for success', 'Aktuelles Erfolgspotenzial der IMC') },
    O3: { name: p('IMC success profile', 'Erfolgsprofil der IMC') },
    O4: { name: p('IMC next steps', 'Nächste Schritte der IMC') },
    PAI1: { name: p('IMMD results and plans', 'IMMD-Ergebnisse und -Pläne') },
    PAI2: {
      name: p(
        'IMMD procedures, artifacts, tools, and training',
        'IMMD-Verfahren, -Hilfsmittel, -Werkzeuge und -Schulungen',
      ),
    },
    PAO1: { name: p('Communicated IMMD results', 'Kommunizierte IMMD-Ergebnisse') },
    PAO2: { name: p('Lessons learned', 'Gewonnene Erkenntnisse (Lessons Learned)') },
    PAO3: {
      name: p(
        'Updates to IMMD procedures, artifacts, tools, and training',
        'Aktualisierungen der IMMD-Verfahren, -Hilfsmittel, -Werkzeuge und -Schulungen',
      ),
    },
    R6: { name: p('Post-IMMD procedures', 'Verfahren für die IMMD-Nachbereitung') },
    R7: {
      name: p(
        'Post-IMMD artifacts and tools',
        'Hilfsmittel und Werkzeuge für die IMMD-Nachbereitung',
      ),
    },
  },
  worksheets: {
    'preparation-checklist': {
      name: p('IMMD Preparation Checklist', 'IMMD-Vorbereitungscheckliste'),
      purpose: p(
        'The to-do list for the Phase 1 (preparation) activities.',
        'Die Aufgabenliste für die Tätigkeiten der Phase 1 (Vorbereitung).',
      ),
      fields: {
        item: p('Item', 'Punkt'),
        activity: p('Related activity', 'Zugehörige Tätigkeit'),
        owner: p('Owner', 'Verantwortlich'),
        'due-date': p('Due date', 'Fällig am'),
        done: p('Done', 'Erledigt'),
        notes: p('Notes', 'Notizen'),
      },
    },
    'scope-list': {
      name: p('IMMD Scope List', 'IMMD-Interviewliste (Scope-Liste)'),
      purpose: p(
        'Who will be interviewed: groups and particular people.',
        'Wer befragt wird: Gruppen und einzelne Personen.',
      ),
      fields: {
        group: p('Group / unit', 'Gruppe / Einheit'),
        person: p('Person', 'Person'),
        role: p('Role / position', 'Rolle / Funktion'),
        'imc-functions': p('IMC function(s) covered', 'Abgedeckte IMC-Funktion(en)'),
        contact: p('Contact', 'Kontakt'),
        session: p('Session assignment', 'Zugewiesene Sitzung'),
        interviewed: p('Interviewed', 'Befragt'),
      },
    },
    questionnaire: {
      name: p('IMMD Questionnaire', 'IMMD-Fragebogen'),
      purpose: p(
        'The driver set that steers each interview session.',
        'Die Treiber, die jede Interviewsitzung leiten.',
      ),
      fields: {
        'driver-id': p('Driver', 'Treiber'),
        question: p('Question', 'Frage'),
        'interviewer-notes': p(
          'Interviewer notes (per session)',
          'Notizen der Interviewenden (je Sitzung)',
        ),
        'data-items': p('Data items raised', 'Erhobene Datenpunkte'),
      },
    },
    handout: {
      name: p('IMMD Handout', 'IMMD-Handout'),
      purpose: p(
        'Each driver phrased as a question, plus explanatory notes.',
        'Jeder Treiber als Frage formuliert, mit erläuternden Hinweisen.',
      ),
      fields: {
        'driver-id': p('Driver', 'Treiber'),
        question: p('Question', 'Frage'),
        'things-to-consider': p('Things to consider', 'Zu berücksichtigende Punkte'),
      },
    },
    'document-checklist': {
      name: p('IMMD Document Checklist', 'IMMD-Dokumentencheckliste'),
      purpose: p(
        'The list of documents the team gathers and reviews.',
        'Die Liste der Dokumente, die das Team sammelt und prüft.',
      ),
      fields: {
        title: p('Document title', 'Dokumenttitel'),
        type: p('Document type', 'Dokumentart'),
        owner: p('Owner', 'Verantwortlich'),
        requested: p('Requested', 'Angefordert'),
        received: p('Received', 'Erhalten'),
        reviewed: p('Reviewed', 'Geprüft'),
        'data-items': p('Data items extracted', 'Entnommene Datenpunkte'),
      },
    },
    'immd-worksheet': {
      name: p('IMMD Worksheet', 'IMMD-Arbeitsblatt'),
      purpose: p(
        "Records each driver's evaluation and score, its rationale, and the overall result.",
        'Hält für jeden Treiber Bewertung und Wert, die Begründung und das Gesamtergebnis fest.',
      ),
      fields: {
        'driver-number': p('Driver number', 'Treibernummer'),
        question: p('Question', 'Frage'),
        answer: p('Answer', 'Antwort'),
        value: p('Value', 'Wert'),
        rationale: p('Rationale (coded data items)', 'Begründung (codierte Datenpunkte)'),
        'data-item-sources': p('Data item sources', 'Quellen der Datenpunkte'),
        'current-potential': p('Current potential for success', 'Aktuelles Erfolgspotenzial'),
        'total-value': p('Total value', 'Gesamtwert'),
        'success-threshold': p('Success threshold', 'Erfolgsschwelle'),
      },
    },
    'improvement-worksheet': {
      name: p('IMC Improvement Worksheet', 'IMC-Verbesserungsblatt'),
      purpose: p(
        'Captures candidate improvements to the IMC and what was decided about them.',
        'Erfasst mögliche Verbesserungen der IMC und die Entscheidungen dazu.',
      ),
      fields: {
        'driver-id': p('Driver', 'Treiber'),
        'data-items': p(
          'Related data items (mostly - and ?)',
          'Zugehörige Datenpunkte (meist - und ?)',
        ),
        improvement: p('Proposed improvement', 'Vorgeschlagene Verbesserung'),
        priority: p('Priority', 'Priorität'),
        owner: p('Owner', 'Verantwortlich'),
        'target-date': p('Target date', 'Zieldatum'),
        'expected-effect': p('Expected effect on driver', 'Erwartete Wirkung auf den Treiber'),
      },
    },
  },
}
