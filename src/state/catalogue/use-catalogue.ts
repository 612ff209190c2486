import { useQuery } from '@tanstack/react-query';
import { indexCatalogue } from '../../domain/catalogue/catalogue-index';
import { catalogueQueryOptions } from './catalogue-query';

/** The device catalogue query: data, loading and error state, refetch. */
export function useCatalogue() {
  return useQuery(catalogueQueryOptions);
}

/** Devices by API value once the catalogue has loaded; undefined until then or on error. */
export function useDeviceIndex() {
  return useQuery({ ...catalogueQueryOptions, select: indexCatalogue }).data;
}
