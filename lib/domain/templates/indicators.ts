import type { Localised } from './types';

// The follow-up figures seed 004 finds missing, named alike in every template so that a plan's
// indicators read the same whichever template it began from.

export const STAFF_TRAINED: Localised = {
  en: 'Staff trained in MI',
  nb: 'Ansatte med MI-opplæring',
  da: 'Medarbejdere uddannet i MI',
  sv: 'Medarbetare utbildade i MI',
};

export const RESOURCE_PERSONS: Localised = {
  en: 'Resource persons / MI coaches appointed',
  nb: 'Ressurspersoner / MI-veiledere utnevnt',
  da: 'Ressourcepersoner / MI-vejledere udpeget',
  sv: 'Resurspersoner / MI-handledare utsedda',
};

export const SUPERVISION_SESSIONS: Localised = {
  en: 'Supervision sessions held',
  nb: 'Veiledninger gjennomført',
  da: 'Supervisioner afholdt',
  sv: 'Handledningstillfällen genomförda',
};

export const CONVERSATIONS_CODED: Localised = {
  en: 'Conversations coded',
  nb: 'Samtaler kodet',
  da: 'Samtaler kodet',
  sv: 'Samtal kodade',
};

export const REFRESHER_DAYS: Localised = {
  en: 'Refresher days held',
  nb: 'Oppfriskningsdager gjennomført',
  da: 'Genopfriskningsdage afholdt',
  sv: 'Boosterdagar genomförda',
};

export const PERSONS: Localised = { en: 'persons', nb: 'personer', da: 'personer', sv: 'personer' };
export const SESSIONS: Localised = { en: 'sessions', nb: 'ganger', da: 'gange', sv: 'tillfällen' };
export const CODINGS: Localised = {
  en: 'codings',
  nb: 'kodinger',
  da: 'kodninger',
  sv: 'kodningar',
};
export const DAYS: Localised = { en: 'days', nb: 'dager', da: 'dage', sv: 'dagar' };
