import { useQuery } from '@tanstack/react-query';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema';
import { catalogueQueryOptions } from './catalogue-query';

const facts = (catalogue: Catalogue) => ({
  checked: catalogue.checked,
  deviceCount: catalogue.devices.length,
});

/**
 * When the loaded catalogue was last checked and how many devices it has; undefined until it
 * has loaded. A reader that mounts late never retries a failed load itself: that would hide the
 * catalogue's error notice behind a new "Loading devices…".
 */
export function useCatalogueFacts() {
  return useQuery({ ...catalogueQueryOptions, retryOnMount: false, select: facts }).data;
}
