/**
 * The device catalogue the page loads (public/catalogue.json), built into the command and read
 * through the same schema, so that per-device rules (suggested values, retired targets) judge a
 * TargetDevice exactly as the page does.
 */
import catalogueJson from '../../public/catalogue.json';
import { indexCatalogue } from '../domain/catalogue/catalogue-index';
import { parseCatalogue, type CatalogueDevice } from '../domain/catalogue/catalogue-schema';

export function loadDevices(): ReadonlyMap<string, CatalogueDevice> {
  const result = parseCatalogue(catalogueJson);
  if (!result.ok) throw new Error(`The built-in device catalogue is invalid: ${result.error}`);
  return indexCatalogue(result.value);
}
