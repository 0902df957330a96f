import type { Locale } from '../../i18n/locales';
import { READINESS_WORDS, type ReadinessItem } from '../readiness';
import type { SheetWords } from '../sheet-words';
import type { When } from './schedule';

/** A text of a template in each of Forankra's languages (a missing one is a type error). */
export type Localised = Readonly<Record<Locale, string>>;

export type RoleId = keyof SheetWords['roles'];
export type MeetingKind = keyof SheetWords['meetingKinds'];

/** Something held again and again: every `everyMonths` months for `forMonths` months. */
export interface Repeat {
  everyMonths: number;
  forMonths: number;
}

/** A row of the Plan sheet; with `repeat`, a one-day row per occurrence instead. */
export interface TemplateActivity {
  /** 1-based index into the template's phases. */
  phase: number;
  step: string;
  activity: Localised;
  /** Written as the role's name until the group puts a person there. */
  responsible?: RoleId;
  start: When;
  /** The day it is due; without it, the day it starts. */
  due?: When;
  repeat?: Repeat;
  notes?: Localised;
}

/** Meetings of one kind: a single one at `first`, or a series with `repeat`. */
export interface TemplateMeeting {
  kind: MeetingKind;
  first: When;
  repeat?: Repeat;
  attendees: RoleId;
  notes: Localised;
}

export interface TemplateIndicator {
  indicator: Localised;
  target?: number;
  unit: Localised;
  notes?: Localised;
}

/** A person to find: the function in the Name column, for the group to replace with a name. */
export interface TemplatePerson {
  name: Localised;
  role: RoleId;
}

/** Planned codings: `practitioners` pseudonyms, each coded once in every round. */
export interface TemplateCodings {
  pseudonym: Localised;
  practitioners: number;
  rounds: readonly When[];
}

/** A plan template written from one of the source documents, in every language. */
export interface PlanTemplate {
  name: Localised;
  /** One line for the create form. */
  description: Localised;
  phases: readonly Localised[];
  activities: readonly TemplateActivity[];
  meetings: readonly TemplateMeeting[];
  indicators: readonly TemplateIndicator[];
  /** Readiness factors or questions, scored in a first round on the start date. */
  readiness: readonly Localised[];
  people: readonly TemplatePerson[];
  codings?: TemplateCodings;
}

/**
 * The readiness factors and questions in the words the Readiness panel uses, so that a round
 * a template starts and the rounds a group adds later name their items alike.
 */
export function readinessItems(items: readonly ReadinessItem[]): Localised[] {
  const w = READINESS_WORDS;
  return items.map((i) => ({ en: w.en[i], nb: w.nb[i], da: w.da[i], sv: w.sv[i] }));
}
