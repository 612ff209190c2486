import type { TargetDevice } from '../../../domain/api-values';
import { CatalogueBrowser } from './catalogue-browser';
import { CatalogueError, CatalogueLoading } from './catalogue-status';
import { useCatalogue } from '../../../state/catalogue/use-catalogue';

type Props = {
  /** The draft's TargetDevice as given; a value not in the catalogue selects nothing. */
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
  /** Switches to the Platform tab, offered for a board Neo has no device for. */
  onUsePlatform: () => void;
};

/** The device catalogue (SPEC §4.1): loads the data, then lets the user search and pick. */
export function DeviceCatalogue({ selectedDevice, onSelect, onUsePlatform }: Props) {
  const { data, error, isFetching, refetch } = useCatalogue();
  if (data) {
    return (
      <CatalogueBrowser
        devices={data.devices}
        selectedDevice={selectedDevice}
        onSelect={onSelect}
        onUsePlatform={onUsePlatform}
      />
    );
  }
  if (error) {
    return (
      <CatalogueError
        message={error.message}
        isRetrying={isFetching}
        onRetry={() => void refetch()}
      />
    );
  }
  return <CatalogueLoading />;
}
