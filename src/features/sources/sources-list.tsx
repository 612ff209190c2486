import { REFERENCE_SOURCES } from '../../domain/reference-sources';
import { useCatalogue } from '../../state/catalogue/use-catalogue';

const linkClasses = 'font-medium text-accent-text underline underline-offset-2 focus-ring';

/**
 * The references behind the rules and the catalogue, and when the catalogue was last checked
 * (from its data). Each opens in a new tab, without giving it this page (noopener) or its
 * address (noreferrer).
 */
export function SourcesList() {
  const catalogue = useCatalogue().data;
  return (
    <div className="space-y-2 text-sm text-muted">
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 xl:grid-cols-3">
        {REFERENCE_SOURCES.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer" className={linkClasses}>
              {source.title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>{' '}
            — {source.about}
          </li>
        ))}
      </ul>
      {catalogue && (
        <p>
          Device catalogue: {catalogue.devices.length} devices, last checked{' '}
          <time dateTime={catalogue.checked.date}>{catalogue.checked.date}</time> against{' '}
          {catalogue.checked.against}.
        </p>
      )}
    </div>
  );
}
