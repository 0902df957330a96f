/**
 * Transaction origins. Every write names one, so that undo can track local edits only and
 * observers can tell an import or a migration from a keystroke.
 */
export const ORIGIN = {
  local: 'forankra:local',
  import: 'forankra:import',
  template: 'forankra:template',
  migration: 'forankra:migration',
  sync: 'forankra:sync-file',
} as const;

export type Origin = (typeof ORIGIN)[keyof typeof ORIGIN];
