import { parseCatalogue, type Catalogue } from '../../domain/catalogue/catalogue-schema';
import { errorText } from '../../lib/error-text';

/** Loads public/catalogue.json relative to the page, so the app works from any path. */
export async function fetchCatalogue(signal?: AbortSignal): Promise<Catalogue> {
  const url = new URL('catalogue.json', document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`Could not load the device catalogue: ${errorText(error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new Error(
      `Could not load the device catalogue: the server answered HTTP ${response.status}`,
    );
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new Error('The device catalogue is not valid JSON', { cause: error });
  }
  const result = parseCatalogue(data);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
