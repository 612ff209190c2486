import { Badge } from '../../../components/ui/badge';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';

/**
 * Where each release year in the compare table comes from, with a link per year. Rows are
 * options, which may hold no links, so the sources sit under the table.
 */
export function ReleaseSources({ devices }: { devices: readonly CatalogueDevice[] }) {
  const dated = devices.flatMap((device) =>
    device.released === undefined ? [] : [{ device, released: device.released }],
  );
  const unknown = devices.length - dated.length;
  return (
    <details className="rounded-md border border-line text-sm">
      <summary className="min-h-10 cursor-pointer px-3 py-2.5 focus-ring">
        Where the release years come from ({dated.length} dated, {unknown} unknown)
      </summary>
      <div className="space-y-2 border-t border-line px-3 py-2 text-subtle">
        <p>
          The year the hardware or service came out, not the date its value entered the API
          (Lifecycle). Where no source gives a year, the table says unknown.
        </p>
        {dated.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 break-words">
            {dated.map(({ device, released }) => (
              <li key={device.id}>
                <span className="font-medium text-foreground">
                  {device.name}: {released.year}
                </span>{' '}
                {!released.verified && (
                  <Badge tone="neutral" className="mr-1">
                    secondary source
                  </Badge>
                )}
                {released.source}.{' '}
                <a href={released.url} target="_blank" rel="noreferrer" className="underline">
                  Source
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
