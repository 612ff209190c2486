/**
 * What the catalogue's lifecycle data means to a user choosing a target: a short label for the
 * compare table and a line saying how risky the target is. Every retired value stays
 * selectable (old links keep working); the label only warns.
 */
import type { RetirementStage } from './catalogue';
import type { CatalogueDevice } from './catalogue-schema';

export type LifecycleSummary = {
  /** "In the API since 2018-11-28", "Ended 2024-01-31", "Retiring (notice 2024-05-28)". */
  label: string;
  /** How risky choosing it is: null for a current target. */
  risk: RetirementStage | null;
  /** The source of the date shown. */
  source: string;
};

/** The lifecycle of a catalogue device in words. */
export function summarizeLifecycle(device: CatalogueDevice): LifecycleSummary {
  const { added, retirement } = device.lifecycle;
  if (retirement === undefined) {
    return { label: `In the API since ${added.date}`, risk: null, source: added.source };
  }
  const label =
    retirement.stage === 'ended'
      ? `Ended ${retirement.date}`
      : `Retiring (notice ${retirement.date})`;
  return { label, risk: retirement.stage, source: retirement.source };
}

/** Sort key for the lifecycle column: current targets first, then by date entered. */
export function lifecycleSortKey(device: CatalogueDevice): string {
  const order: Record<RetirementStage | 'current', number> = { current: 0, retiring: 1, ended: 2 };
  const stage = device.lifecycle.retirement?.stage ?? 'current';
  return `${order[stage]}-${device.lifecycle.added.date}`;
}
