import { Fragment, memo } from 'react';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';
import { DEVICE_CATEGORY_LABELS } from '../../../domain/catalogue/catalogue';
import { Badge } from '../../../components/ui/badge';
import { RISK_BADGES, summarizeLifecycle } from '../../../domain/target/device-lifecycle';

type Props = {
  device: CatalogueDevice;
  isSelected: boolean;
  /** The id the option's aria-describedby points at. */
  detailsId: string;
};

function unverified(isVerified: boolean | undefined) {
  return isVerified === false ? ' (unverified)' : '';
}

/**
 * What a catalogue card shows. The option takes its name from the visible name and API value;
 * the facts are hidden from the name and read as its description instead, so the name stays
 * short and still matches what is on screen. Memoized: the list re-renders whenever the device
 * field's messages may change (the first edit of the page reveals the fields' messages, so the
 * first keystroke in any field re-rendered all 37 cards), and a card, with about fifteen
 * elements, changes only with its device or whether it is chosen.
 */
export const DeviceCard = memo(function DeviceCard({ device, isSelected, detailsId }: Props) {
  const risk = summarizeLifecycle(device).risk;
  const facts: [string, string][] = [
    ['Vendor', device.vendor],
    ['Category', DEVICE_CATEGORY_LABELS[device.category]],
    ['Arch', `${device.arch ?? 'n/a'}${unverified(device.archVerified)}`],
    [
      'Accelerator',
      device.accelerator
        ? `${device.accelerator}${unverified(device.acceleratorVerified)}`
        : device.acceleratorLabel,
    ],
  ];
  return (
    <>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-semibold">{device.name}</p>
          <p className="font-mono text-sm break-all text-accent-text">{device.id}</p>
        </div>
        {isSelected && (
          <span
            aria-hidden="true"
            className="flex shrink-0 items-center gap-1 rounded-full bg-pressed px-2 py-0.5 text-xs font-semibold text-on-pressed"
          >
            <svg
              viewBox="0 0 20 20"
              className="size-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="3"
            >
              <path d="M4 10.5l4 4 8-9" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Selected
          </span>
        )}
      </div>
      {/* Hidden from the name, read as the option's description instead. */}
      <div id={detailsId} aria-hidden="true">
        {/* A fixed first column: sized by its terms, it would widen as the page's HTML arrives
        and move the values already painted. */}
        <dl className="mt-2 grid grid-cols-[5rem_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-xs">
          {facts.map(([term, value]) => (
            <Fragment key={term}>
              <dt className="text-faint">{term}</dt>
              <dd className="break-words">{value}</dd>
            </Fragment>
          ))}
        </dl>
        <ul className="mt-2 space-y-0.5 text-xs text-subtle">
          {device.specs.map((spec) => (
            <li key={spec}>{spec}</li>
          ))}
        </ul>
        {/* For scanning the list; a Region limit or a risk is explained once it is chosen. */}
        {(device.region !== undefined || risk !== null) && (
          <div className="mt-2 flex flex-wrap gap-1.5">
            {device.region !== undefined && (
              <Badge tone="info" outlined>
                {device.region} only
              </Badge>
            )}
            {risk !== null && (
              <Badge tone="neutral" outlined>
                {RISK_BADGES[risk]}
              </Badge>
            )}
          </div>
        )}
      </div>
    </>
  );
});
