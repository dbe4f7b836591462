/**
 * Every text of the respondent page and the lead's link panel, in one object per language so a
 * translation is one more object (the console's i18n for these pages comes with the language work).
 */
export const RESPONDENT_MESSAGES = {
  en: {
    title: 'IMMD interview questionnaire',
    intro:
      'Answer each question as you see your incident management today. Your answers go to the assessment team only, under your pseudonym.',
    youAre: (pseudonym: string) => `You answer as ${pseudonym}.`,
    tailored: (excluded: number) =>
      `These questions follow this assessment's tailored method: ${excluded} question(s) of the standard handout were left out as not applicable.`,
    expires: (date: string) => `This link works until ${date}.`,
    loading: 'Loading the questionnaire…',
    noToken: 'This page needs the personal link the assessment team sent you.',
    thingsToConsider: 'Things to consider',
    answerScale: 'How to answer',
    yourAnswer: 'Your answer',
    notAnswered: 'Not answered yet',
    comment: 'Comment (optional)',
    generalComment: 'Anything else the assessment team should know (optional)',
    suggestions: 'Evidence you can point to (optional)',
    suggestionText: 'What shows it (a document, a practice, an example)',
    addSuggestion: 'Add',
    removeSuggestion: 'Remove',
    save: 'Save and continue later',
    saved: 'Saved. You can close this page and come back with the same link.',
    submit: 'Submit my answers',
    confirmSubmit: 'Submit now? You cannot change your answers afterwards.',
    submitted: 'Thank you: your answers are submitted to the assessment team.',
    errors: {
      RESPONDENT_LINK_INVALID: 'This link is not valid. Ask the assessment team for a new one.',
      RESPONDENT_LINK_REVOKED: 'This link was withdrawn by the assessment team.',
      RESPONDENT_LINK_EXPIRED: 'This link has expired. Ask the assessment team for a new one.',
      RESPONDENT_LINK_SUBMITTED: 'Your answers are already submitted.',
      RATE_LIMITED: 'Too many requests: wait a minute and try again.',
      other: 'Something went wrong. Your last saved answers are kept; try again.',
    },
    provenance: (label: string) => `[${label}]`,
  },
} as const

/** Labels of the lead's link panel and the consensus line. */
export const LINK_PANEL_MESSAGES = {
  en: {
    heading: 'Respondent links',
    intro:
      'A personal link lets an interviewee answer the handout without an account. The link is shown once: copy it now.',
    person: 'Interviewee',
    days: 'Valid for (days)',
    issue: 'Issue link',
    issued: 'Link for the respondent (shown once):',
    revoke: 'Revoke',
    status: 'Status',
    none: 'No links issued yet.',
    selfReported: (count: number) => `${count} self-reported`,
  },
} as const

/** The language used until the console's language switch reaches these pages. */
export const respondentText = RESPONDENT_MESSAGES.en
export const linkPanelText = LINK_PANEL_MESSAGES.en
