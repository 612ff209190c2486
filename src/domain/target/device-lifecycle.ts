/**
 * What the catalogue's lifecycle data means to a user choosing a target: a short label for the
 * compare table and a line saying how risky the target is. Every retired value stays
 * selectable (old links keep working); the label only warns. Why a retired target is risky is
 * said once, by the TargetDevice warning; elsewhere the lifecycle is a neutral fact.
 */
import type { RetirementStage } from '../catalogue/catalogue';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';

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

/** The badge a card shows for scanning the list: nothing for a current target. */
export const RISK_BADGES: Record<RetirementStage, string> = {
  ended: 'Retired',
  retiring: 'Retiring',
};

export type RetiredWarning = { message: string; detail: string; source?: string };

/**
 * The warning a retired target draws (SPEC §3.10): a short line the summary lists, and the
 * reason with its source, said once under TargetDevice. Undefined for a target in service.
 */
export function retiredTargetWarning(device: CatalogueDevice): RetiredWarning | undefined {
  if (device.status !== 'retired') return undefined;
  const retirement = device.lifecycle.retirement;
  const warning: RetiredWarning = {
    message: `${device.id} is a retired target${retirement ? ` (ended ${retirement.date})` : ''}`,
    detail: device.statusNote ?? 'Check that Neo still compiles for it.',
  };
  if (retirement !== undefined) {
    warning.source = `Source${retirement.verified ? '' : ' (unverified)'}: ${retirement.source}`;
  }
  return warning;
}

/**
 * What the chosen device's panel says of its lifecycle: for a retiring target, its label and the
 * catalogue's note; nothing for a retired one, whose warning already says when and why.
 */
export function chosenDeviceLifecycle(
  device: CatalogueDevice,
): { label: string; note?: string } | undefined {
  const { label, risk } = summarizeLifecycle(device);
  if (risk === null || retiredTargetWarning(device) !== undefined) return undefined;
  return device.statusNote === undefined ? { label } : { label, note: device.statusNote };
}
