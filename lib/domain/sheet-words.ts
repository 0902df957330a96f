import type { Locale } from '../i18n/locales';

/** The names of the standard sheets, their columns and choice options, in each language. */
export interface SheetWords {
  sheets: Record<'plan' | 'meetings' | 'indicators' | 'readiness' | 'people' | 'coding', string>;
  plan: {
    phase: string;
    step: string;
    activity: string;
    responsible: string;
    start: string;
    due: string;
    status: string;
    progress: string;
    notes: string;
  };
  status: Record<'notStarted' | 'inProgress' | 'done' | 'blocked' | 'cancelled', string>;
  meetings: { date: string; kind: string; attendees: string; notes: string; decisions: string };
  meetingKinds: Record<'status' | 'supervision' | 'workingGroup' | 'steeringGroup', string>;
  indicators: { indicator: string; target: string; actual: string; unit: string; notes: string };
  readiness: { factor: string; round: string; score: string; notes: string };
  people: { name: string; role: string; unit: string; email: string; trained: string };
  roles: Record<
    | 'leadership'
    | 'steeringGroup'
    | 'workingGroup'
    | 'resourcePerson'
    | 'courseHolder'
    | 'unionRep'
    | 'safetyRep'
    | 'citizenRep',
    string
  >;
  coding: { practitioner: string; date: string; coder: string };
}

export const SHEET_WORDS: Record<Locale, SheetWords> = {
  en: {
    sheets: {
      plan: 'Plan',
      meetings: 'Meetings',
      indicators: 'Indicators',
      readiness: 'Readiness',
      people: 'People',
      coding: 'Coding',
    },
    plan: {
      phase: 'Phase',
      step: 'Step',
      activity: 'Activity',
      responsible: 'Responsible',
      start: 'Start',
      due: 'Due',
      status: 'Status',
      progress: 'Progress',
      notes: 'Notes',
    },
    status: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      done: 'Done',
      blocked: 'Blocked',
      cancelled: 'Cancelled',
    },
    meetings: {
      date: 'Date',
      kind: 'Kind',
      attendees: 'Attendees',
      notes: 'Notes',
      decisions: 'Decisions',
    },
    meetingKinds: {
      status: 'Status meeting',
      supervision: 'Supervision',
      workingGroup: 'Working group',
      steeringGroup: 'Steering group',
    },
    indicators: {
      indicator: 'Indicator',
      target: 'Target',
      actual: 'Actual',
      unit: 'Unit',
      notes: 'Notes',
    },
    readiness: { factor: 'Factor', round: 'Round', score: 'Score (1–6)', notes: 'Notes' },
    people: { name: 'Name', role: 'Role', unit: 'Unit', email: 'E-mail', trained: 'Trained on' },
    roles: {
      leadership: 'Leadership',
      steeringGroup: 'Steering group',
      workingGroup: 'Working group',
      resourcePerson: 'Resource person / MI coach',
      courseHolder: 'Course holder',
      unionRep: 'Union representative',
      safetyRep: 'Safety representative',
      citizenRep: 'Citizen representative',
    },
    coding: { practitioner: 'Practitioner (pseudonym)', date: 'Date', coder: 'Coder' },
  },
  nb: {
    sheets: {
      plan: 'Plan',
      meetings: 'Møter',
      indicators: 'Indikatorer',
      readiness: 'Beredskap',
      people: 'Personer',
      coding: 'Koding',
    },
    plan: {
      phase: 'Fase',
      step: 'Trinn',
      activity: 'Aktivitet',
      responsible: 'Ansvarlig',
      start: 'Start',
      due: 'Frist',
      status: 'Status',
      progress: 'Fremdrift',
      notes: 'Notater',
    },
    status: {
      notStarted: 'Ikke startet',
      inProgress: 'Pågår',
      done: 'Ferdig',
      blocked: 'Blokkert',
      cancelled: 'Avlyst',
    },
    meetings: {
      date: 'Dato',
      kind: 'Type',
      attendees: 'Deltakere',
      notes: 'Referat',
      decisions: 'Beslutninger',
    },
    meetingKinds: {
      status: 'Statusmøte',
      supervision: 'Veiledning',
      workingGroup: 'Arbeidsgruppe',
      steeringGroup: 'Styringsgruppe',
    },
    indicators: {
      indicator: 'Indikator',
      target: 'Mål',
      actual: 'Faktisk',
      unit: 'Enhet',
      notes: 'Notater',
    },
    readiness: { factor: 'Faktor', round: 'Runde', score: 'Skår (1–6)', notes: 'Notater' },
    people: { name: 'Navn', role: 'Rolle', unit: 'Enhet', email: 'E-post', trained: 'Kurset' },
    roles: {
      leadership: 'Ledelse',
      steeringGroup: 'Styringsgruppe',
      workingGroup: 'Arbeidsgruppe',
      resourcePerson: 'Ressursperson / MI-veileder',
      courseHolder: 'Kursholder',
      unionRep: 'Tillitsvalgt',
      safetyRep: 'Verneombud',
      citizenRep: 'Brukerrepresentant',
    },
    coding: { practitioner: 'Utøver (pseudonym)', date: 'Dato', coder: 'Koder' },
  },
  da: {
    sheets: {
      plan: 'Plan',
      meetings: 'Møder',
      indicators: 'Indikatorer',
      readiness: 'Parathed',
      people: 'Personer',
      coding: 'Kodning',
    },
    plan: {
      phase: 'Fase',
      step: 'Trin',
      activity: 'Aktivitet',
      responsible: 'Ansvarlig',
      start: 'Start',
      due: 'Frist',
      status: 'Status',
      progress: 'Fremdrift',
      notes: 'Noter',
    },
    status: {
      notStarted: 'Ikke startet',
      inProgress: 'I gang',
      done: 'Færdig',
      blocked: 'Blokeret',
      cancelled: 'Aflyst',
    },
    meetings: {
      date: 'Dato',
      kind: 'Type',
      attendees: 'Deltagere',
      notes: 'Referat',
      decisions: 'Beslutninger',
    },
    meetingKinds: {
      status: 'Statusmøde',
      supervision: 'Supervision',
      workingGroup: 'Arbejdsgruppe',
      steeringGroup: 'Styregruppe',
    },
    indicators: {
      indicator: 'Indikator',
      target: 'Mål',
      actual: 'Faktisk',
      unit: 'Enhed',
      notes: 'Noter',
    },
    readiness: { factor: 'Faktor', round: 'Runde', score: 'Score (1–6)', notes: 'Noter' },
    people: { name: 'Navn', role: 'Rolle', unit: 'Enhed', email: 'E-mail', trained: 'Uddannet' },
    roles: {
      leadership: 'Ledelse',
      steeringGroup: 'Styregruppe',
      workingGroup: 'Arbejdsgruppe',
      resourcePerson: 'Ressourceperson / MI-vejleder',
      courseHolder: 'Kursusholder',
      unionRep: 'Tillidsrepræsentant',
      safetyRep: 'Arbejdsmiljørepræsentant',
      citizenRep: 'Borgerrepræsentant',
    },
    coding: { practitioner: 'Medarbejder (pseudonym)', date: 'Dato', coder: 'Koder' },
  },
  sv: {
    sheets: {
      plan: 'Plan',
      meetings: 'Möten',
      indicators: 'Indikatorer',
      readiness: 'Beredskap',
      people: 'Personer',
      coding: 'Kodning',
    },
    plan: {
      phase: 'Fas',
      step: 'Steg',
      activity: 'Aktivitet',
      responsible: 'Ansvarig',
      start: 'Start',
      due: 'Klart senast',
      status: 'Status',
      progress: 'Framsteg',
      notes: 'Anteckningar',
    },
    status: {
      notStarted: 'Ej påbörjad',
      inProgress: 'Pågår',
      done: 'Klar',
      blocked: 'Blockerad',
      cancelled: 'Inställd',
    },
    meetings: {
      date: 'Datum',
      kind: 'Typ',
      attendees: 'Deltagare',
      notes: 'Anteckningar',
      decisions: 'Beslut',
    },
    meetingKinds: {
      status: 'Statusmöte',
      supervision: 'Handledning',
      workingGroup: 'Arbetsgrupp',
      steeringGroup: 'Styrgrupp',
    },
    indicators: {
      indicator: 'Indikator',
      target: 'Mål',
      actual: 'Utfall',
      unit: 'Enhet',
      notes: 'Anteckningar',
    },
    readiness: { factor: 'Faktor', round: 'Omgång', score: 'Poäng (1–6)', notes: 'Anteckningar' },
    people: { name: 'Namn', role: 'Roll', unit: 'Enhet', email: 'E-post', trained: 'Utbildad' },
    roles: {
      leadership: 'Ledning',
      steeringGroup: 'Styrgrupp',
      workingGroup: 'Arbetsgrupp',
      resourcePerson: 'Resursperson / MI-handledare',
      courseHolder: 'Kursledare',
      unionRep: 'Fackligt ombud',
      safetyRep: 'Skyddsombud',
      citizenRep: 'Brukarrepresentant',
    },
    coding: { practitioner: 'Medarbetare (pseudonym)', date: 'Datum', coder: 'Kodare' },
  },
};
