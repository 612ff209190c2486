/**
 * A target offered in one AWS Region only (ml_trn1, ml_inf2, or a catalogue entry that names a
 * region), and whether the copied snippets already say so. The snippets set `--region` /
 * `region_name` / `region` for the API's single-region devices (SPEC §4.5), so for those the
 * limit is a note; a region known only from the catalogue is not in the snippets, so it stays
 * a warning the user has to act on.
 */
import { SINGLE_REGION_DEVICES, TARGET_DEVICES, type TargetDevice } from '../api-values';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';

export type RegionLimit = {
  region: string;
  /** "US East (Ohio), us-east-2", or the bare code when the catalogue gives only that. */
  where: string;
  /** True when every snippet sets this Region. */
  isSetBySnippets: boolean;
};

const isTargetDevice = (value: string): value is TargetDevice =>
  (TARGET_DEVICES as readonly string[]).includes(value);

/** The Region the snippets set for a TargetDevice, or undefined when they set none. */
export function snippetRegion(device: string): string | undefined {
  return isTargetDevice(device) ? SINGLE_REGION_DEVICES[device]?.region : undefined;
}

/** The one Region `device` is offered in; `entry` is its catalogue entry, when there is one. */
export function regionLimit(device: string, entry?: CatalogueDevice): RegionLimit | undefined {
  const single = isTargetDevice(device) ? SINGLE_REGION_DEVICES[device] : undefined;
  if (single) {
    return {
      region: single.region,
      where: `${single.regionName}, ${single.region}`,
      isSetBySnippets: true,
    };
  }
  const region = entry?.id === device ? entry.region : undefined;
  return region === undefined ? undefined : { region, where: region, isSetBySnippets: false };
}

/**
 * The note beside a chosen device whose Region the snippets set; undefined when there is no
 * limit, or when it is a TargetDevice warning (device-rules) because the snippets do not carry it.
 */
export function regionNote(device: string, entry?: CatalogueDevice): string | undefined {
  const limit = regionLimit(device, entry);
  if (limit === undefined || !limit.isSetBySnippets) return undefined;
  return `Offered only in ${limit.where}: the copied AWS CLI, boto3 and SDK snippets set that Region.`;
}
