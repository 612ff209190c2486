/** Look-ups over a catalogue the schema has read; apart from the closed sets, which the schema
 * itself reads, so that the two modules never import each other. */
import type { Catalogue, CatalogueDevice } from './catalogue-schema';

/** Looks a device up by API value; a Map, so a link naming "constructor" finds nothing. */
export function indexCatalogue(catalogue: Catalogue): ReadonlyMap<string, CatalogueDevice> {
  return new Map(catalogue.devices.map((device) => [device.id, device]));
}
