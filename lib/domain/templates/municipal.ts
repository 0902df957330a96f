import {
  CODINGS,
  CONVERSATIONS_CODED,
  DAYS,
  PERSONS,
  REFRESHER_DAYS,
  RESOURCE_PERSONS,
  SESSIONS,
  STAFF_TRAINED,
  SUPERVISION_SESSIONS,
} from './indicators';
import type { PlanTemplate } from './types';

// Seed 000: a Norwegian competence centre's tips and the Larvik model it holds up. The model
// names its parts but no phases; they are grouped here in the order a municipality meets them.
// Its figures are kept: a 3-day course (2+1) and a half follow-up day some months on, a group of
// 10 local supervisors, 4 of them to course-holder training in the autumn, an inspiration day a
// year, a local network meeting every six months.
export const MUNICIPAL: PlanTemplate = {
  name: {
    en: 'Municipal model (Larvik)',
    nb: 'Kommunemodellen (Larvik)',
    da: 'Kommunemodellen (Larvik)',
    sv: 'Kommunmodellen (Larvik)',
  },
  description: {
    en: 'Leadership anchoring, a 3-day course, a group of 10 local supervisors, MI analysis, course-holder training.',
    nb: 'Forankring i ledelsen, 3 dagers innføringskurs, en gruppe på 10 lokale veiledere, MI-analyse, kursholderkurs.',
    da: 'Forankring i ledelsen, 3 dages introduktionskursus, en gruppe på 10 lokale vejledere, MI-analyse, kursusholderuddannelse.',
    sv: 'Förankring i ledningen, 3 dagars introduktionskurs, en grupp med 10 lokala handledare, MI-analys, kursledarutbildning.',
  },
  phases: [
    {
      en: '1 · Leadership anchoring',
      nb: '1 · Forankring i ledelsen',
      da: '1 · Forankring i ledelsen',
      sv: '1 · Förankring i ledningen',
    },
    { en: '2 · Course', nb: '2 · Opplæring', da: '2 · Uddannelse', sv: '2 · Utbildning' },
    {
      en: '3 · Local supervisors',
      nb: '3 · Lokale veiledere',
      da: '3 · Lokale vejledere',
      sv: '3 · Lokala handledare',
    },
    {
      en: '4 · Keeping it going',
      nb: '4 · Videreføring',
      da: '4 · Videreførelse',
      sv: '4 · Fortsättning',
    },
  ],
  activities: [
    {
      phase: 1,
      step: '1.1',
      responsible: 'leadership',
      start: {},
      due: { months: 2 },
      activity: {
        en: 'Anchor MI with the managers: they encourage it, make room for it and expect it after the course',
        nb: 'Forankre MI hos lederne: de oppmuntrer til, legger til rette for og forventer MI etter kurset',
        da: 'Forankr MI hos lederne: de opmuntrer til, gør plads til og forventer MI efter kurset',
        sv: 'Förankra MI hos cheferna: de uppmuntrar, ger utrymme för och förväntar sig MI efter kursen',
      },
    },
    {
      phase: 1,
      step: '1.2',
      responsible: 'leadership',
      start: {},
      due: { months: 2 },
      activity: {
        en: 'Find out who in the municipality already has MI competence',
        nb: 'Finn ut hvem i kommunen som allerede har MI-kompetanse',
        da: 'Find ud af, hvem i kommunen der allerede har MI-kompetence',
        sv: 'Ta reda på vem i kommunen som redan har MI-kompetens',
      },
    },
    {
      phase: 1,
      step: '1.3',
      responsible: 'leadership',
      start: { months: 1 },
      due: { months: 3 },
      activity: {
        en: 'Apply for funding for the further implementation',
        nb: 'Søk om stimuleringsmidler til videre implementering',
        da: 'Søg om midler til den videre implementering',
        sv: 'Sök stimulansmedel för den fortsatta implementeringen',
      },
    },
    {
      phase: 2,
      step: '2.1',
      responsible: 'courseHolder',
      start: { months: 2 },
      due: { months: 2, days: 1 },
      activity: {
        en: 'Introduction course, days 1–2',
        nb: 'Innføringskurs, dag 1–2',
        da: 'Introduktionskursus, dag 1–2',
        sv: 'Introduktionskurs, dag 1–2',
      },
    },
    {
      phase: 2,
      step: '2.2',
      responsible: 'courseHolder',
      start: { months: 3 },
      due: { months: 3 },
      activity: {
        en: 'Introduction course, day 3',
        nb: 'Innføringskurs, dag 3',
        da: 'Introduktionskursus, dag 3',
        sv: 'Introduktionskurs, dag 3',
      },
    },
    {
      phase: 2,
      step: '2.3',
      responsible: 'courseHolder',
      start: { months: 6 },
      due: { months: 6 },
      activity: {
        en: 'Half follow-up day',
        nb: 'Halv oppfølgingsdag',
        da: '½ opfølgningsdag',
        sv: 'Halv uppföljningsdag',
      },
    },
    {
      phase: 3,
      step: '3.1',
      responsible: 'leadership',
      start: { months: 3 },
      due: { months: 4 },
      activity: {
        en: 'Agree who will be local supervisors after the course',
        nb: 'Avtal hvem som blir lokale veiledere etter kurset',
        da: 'Aftal, hvem der bliver lokale vejledere efter kurset',
        sv: 'Kom överens om vilka som blir lokala handledare efter kursen',
      },
    },
    {
      phase: 3,
      step: '3.2',
      responsible: 'leadership',
      start: { months: 4 },
      due: { months: 5 },
      activity: {
        en: 'Form a group of 10 supervisors who carry MI into their own units',
        nb: 'Etabler en veiledergruppe på 10 som tar MI videre inn i egne enheter',
        da: 'Etabler en vejledergruppe på 10, der tager MI med ud i egne enheder',
        sv: 'Bilda en handledargrupp på 10 som för MI vidare in i sina enheter',
      },
      notes: {
        en: 'Committed people with initiative. Add them in People with the role resource person.',
        nb: 'Engasjerte personer med initiativ. Legg dem inn i Personer med rollen ressursperson.',
        da: 'Engagerede personer med initiativ. Tilføj dem i Personer med rollen ressourceperson.',
        sv: 'Engagerade personer med initiativ. Lägg in dem i Personer med rollen resursperson.',
      },
    },
    {
      phase: 3,
      step: '3.3',
      responsible: 'resourcePerson',
      start: { months: 5 },
      due: { months: 8 },
      activity: {
        en: 'Supervisors hand in cases for MI analysis by the deadline',
        nb: 'Veilederne leverer case til MI-analyse innen fristen',
        da: 'Vejlederne afleverer cases til MI-analyse inden fristen',
        sv: 'Handledarna lämnar in fall till MI-analys före sista dag',
      },
      notes: {
        en: 'They use what they learn in their supervision, and get colleagues to use MI analysis too.',
        nb: 'De bruker erfaringene i veiledningen og får flere kolleger til å bruke MI-analyse.',
        da: 'De bruger erfaringerne i vejledningen og får flere kolleger til at bruge MI-analyse.',
        sv: 'De använder erfarenheterna i handledningen och får fler kolleger att använda MI-analys.',
      },
    },
    {
      phase: 3,
      step: '3.4',
      responsible: 'leadership',
      start: { months: 6 },
      due: { months: 9 },
      activity: {
        en: 'Sign up 4 supervisors for MI course-holder training',
        nb: 'Meld på 4 veiledere til MI-kursholderkurs',
        da: 'Tilmeld 4 vejledere til uddannelse som MI-kursusholder',
        sv: 'Anmäl 4 handledare till kursledarutbildning i MI',
      },
    },
    {
      phase: 4,
      step: '4.1',
      responsible: 'courseHolder',
      start: { months: 12 },
      due: { months: 24 },
      activity: {
        en: 'The new course holders train more staff in the municipality',
        nb: 'De nye kursholderne gir opplæring til flere i kommunen',
        da: 'De nye kursusholdere uddanner flere i kommunen',
        sv: 'De nya kursledarna utbildar fler i kommunen',
      },
    },
    {
      phase: 4,
      step: '4.2',
      responsible: 'leadership',
      start: { months: 10 },
      repeat: { everyMonths: 12, forMonths: 24 },
      activity: {
        en: 'Colleagues to the yearly MI inspiration day',
        nb: 'Kolleger til den årlige MI-inspirasjonsdagen',
        da: 'Kolleger til den årlige MI-inspirationsdag',
        sv: 'Kolleger till den årliga MI-inspirationsdagen',
      },
    },
  ],
  meetings: [
    {
      kind: 'steeringGroup',
      first: {},
      attendees: 'leadership',
      notes: {
        en: 'The managers agree what they expect of staff after the course.',
        nb: 'Lederne blir enige om hva de forventer av de ansatte etter kurset.',
        da: 'Lederne aftaler, hvad de forventer af medarbejderne efter kurset.',
        sv: 'Cheferna kommer överens om vad de förväntar sig av medarbetarna efter kursen.',
      },
    },
    {
      kind: 'supervision',
      first: { months: 5 },
      repeat: { everyMonths: 2, forMonths: 12 },
      attendees: 'resourcePerson',
      notes: {
        en: 'The supervisors’ group meets; the regional competence centre joins by agreement.',
        nb: 'Veiledergruppen møtes; det regionale kompetansesenteret deltar etter avtale.',
        da: 'Vejledergruppen mødes; det regionale videnscenter deltager efter aftale.',
        sv: 'Handledargruppen träffas; det regionala kompetenscentret deltar efter överenskommelse.',
      },
    },
    {
      kind: 'workingGroup',
      first: { months: 6 },
      repeat: { everyMonths: 6, forMonths: 18 },
      attendees: 'workingGroup',
      notes: {
        en: 'Local MI network: inspiration and learning more; a meeting every six months is enough.',
        nb: 'Lokalt MI-nettverk: inspirasjon og videre læring; et møte hvert halvår er nok.',
        da: 'Lokalt MI-netværk: inspiration og mere læring; et møde hvert halve år er nok.',
        sv: 'Lokalt MI-nätverk: inspiration och fortsatt lärande; ett möte varje halvår räcker.',
      },
    },
  ],
  indicators: [
    {
      indicator: STAFF_TRAINED,
      unit: PERSONS,
      notes: {
        en: 'As many as possible in the services concerned.',
        nb: 'Flest mulig i aktuelle tjenester.',
        da: 'Flest muligt i de relevante tilbud.',
        sv: 'Så många som möjligt i berörda verksamheter.',
      },
    },
    { indicator: RESOURCE_PERSONS, target: 10, unit: PERSONS },
    { indicator: SUPERVISION_SESSIONS, target: 6, unit: SESSIONS },
    { indicator: CONVERSATIONS_CODED, target: 10, unit: CODINGS },
    {
      indicator: {
        en: 'Course holders trained',
        nb: 'Kursholdere utdannet',
        da: 'Kursusholdere uddannet',
        sv: 'Kursledare utbildade',
      },
      target: 4,
      unit: PERSONS,
    },
    {
      indicator: REFRESHER_DAYS,
      target: 2,
      unit: DAYS,
      notes: {
        en: 'The yearly inspiration day.',
        nb: 'Den årlige inspirasjonsdagen.',
        da: 'Den årlige inspirationsdag.',
        sv: 'Den årliga inspirationsdagen.',
      },
    },
  ],
  readiness: [
    {
      en: 'Managers encourage, make room for and expect the use of MI',
      nb: 'Lederne oppmuntrer til, legger til rette for og forventer bruk av MI',
      da: 'Lederne opmuntrer til, gør plads til og forventer brugen af MI',
      sv: 'Cheferna uppmuntrar, ger utrymme för och förväntar sig användning av MI',
    },
    {
      en: 'Committed key persons will organise practice and meeting points',
      nb: 'Engasjerte nøkkelpersoner vil organisere treningsarenaer og møtepunkter',
      da: 'Engagerede nøglepersoner vil organisere træning og mødepunkter',
      sv: 'Engagerade nyckelpersoner vill organisera träning och mötesplatser',
    },
    {
      en: 'We know who already has MI competence and could supervise',
      nb: 'Vi har oversikt over hvem som har MI-kompetanse og kan veilede',
      da: 'Vi har overblik over, hvem der har MI-kompetence og kan vejlede',
      sv: 'Vi vet vilka som redan har MI-kompetens och kan handleda',
    },
    {
      en: 'Staff want a local MI network, and someone will get it going',
      nb: 'De ansatte ønsker et lokalt MI-nettverk, og noen vil dra det i gang',
      da: 'Medarbejderne ønsker et lokalt MI-netværk, og nogen vil sætte det i gang',
      sv: 'Medarbetarna vill ha ett lokalt MI-nätverk, och någon vill dra i gång det',
    },
  ],
  people: [
    {
      role: 'leadership',
      name: {
        en: 'Manager responsible for MI',
        nb: 'Leder med ansvar for MI',
        da: 'Leder med ansvar for MI',
        sv: 'Chef med ansvar för MI',
      },
    },
    {
      role: 'workingGroup',
      name: {
        en: 'Key person who organises practice',
        nb: 'Nøkkelperson som organiserer trening',
        da: 'Nøgleperson, der organiserer træning',
        sv: 'Nyckelperson som organiserar träning',
      },
    },
    {
      role: 'courseHolder',
      name: {
        en: 'Course holder from the regional competence centre',
        nb: 'Kursholder fra det regionale kompetansesenteret',
        da: 'Underviser fra det regionale videnscenter',
        sv: 'Kursledare från det regionala kompetenscentret',
      },
    },
  ],
  codings: {
    pseudonym: { en: 'Supervisor', nb: 'Veileder', da: 'Vejleder', sv: 'Handledare' },
    practitioners: 10,
    rounds: [{ months: 8 }],
  },
};
