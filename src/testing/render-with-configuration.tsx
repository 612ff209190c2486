import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import catalogueText from '../../public/catalogue.json?raw';
import type { OutputConfigDraft } from '../domain/draft';
import { useAnalysis } from '../state/analysis/analysis-context';
import { AnalysisProvider } from '../state/analysis/analysis-provider';
import { CatalogueContext, createCatalogueStore } from '../state/catalogue/catalogue-store';
import { ConfigurationProvider } from '../state/draft/configuration-provider';
import {
  createRequestStore,
  RequestStoreContext,
  type RequestStore,
} from '../state/request/request-store';

type Options = {
  /** The draft the configuration starts from, as a link would carry it. */
  draft?: OutputConfigDraft;
  /** Show every message at once, as after opening a link. */
  revealAll?: boolean;
  /** The request fields store; a fresh empty one by default. */
  requestStore?: RequestStore;
};

/** The preview text, rendered so tests can read what Copy JSON would copy. */
function PreviewProbe() {
  return <pre data-testid="json-preview">{useAnalysis().json}</pre>;
}

/**
 * Renders `ui` inside the app's providers with a fresh catalogue store, a fetch that serves
 * public/catalogue.json, and the preview text in `data-testid="json-preview"`.
 * Call `vi.unstubAllGlobals()` after each test (or rely on `unstubGlobals` in the config).
 */
export function renderWithConfiguration(
  ui: ReactNode,
  {
    draft = {},
    revealAll = false,
    requestStore = createRequestStore({ draft: {}, isRevealedAll: false }),
  }: Options = {},
) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => new Response(catalogueText, { status: 200 })),
  );
  const catalogueStore = createCatalogueStore({ retry: 0 });
  const result = render(
    <CatalogueContext value={catalogueStore}>
      <RequestStoreContext value={requestStore}>
        <ConfigurationProvider initialDraft={draft} revealInitially={revealAll}>
          <AnalysisProvider>
            {ui}
            <PreviewProbe />
          </AnalysisProvider>
        </ConfigurationProvider>
      </RequestStoreContext>
    </CatalogueContext>,
  );
  return { ...result, user: userEvent.setup(), requestStore };
}

/** The API JSON the preview shows, parsed, for assertions on single members. */
export function previewObject(container: ParentNode = document): Record<string, unknown> {
  const text = container.querySelector('[data-testid="json-preview"]')?.textContent ?? '{}';
  return JSON.parse(text) as Record<string, unknown>;
}
