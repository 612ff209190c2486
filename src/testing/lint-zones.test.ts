import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

// Lints code as if it lived at a path in src/, so each layer rule is checked against the real
// config and real files it would import (the zones resolve imports to files on disk).
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)),
});

const LAYER_RULES = new Set([
  'import-x/no-restricted-paths',
  'no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-properties',
  'import-x/no-cycle',
  'layout/fixture-home',
  'check-file/filename-naming-convention',
  'check-file/folder-naming-convention',
]);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && LAYER_RULES.has(message.ruleId))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

// Each zone: a file in the layer, an import it may not make, and one it may.
const ZONES = [
  {
    zone: 'domain imports nothing outside itself',
    file: 'src/domain/zone-probe.ts',
    violation:
      "import { useAnalysis } from '../state/analysis/analysis-context';\nvoid useAnalysis;",
    legal: "import { analyzeDraft } from './validate';\nvoid analyzeDraft;",
  },
  {
    zone: 'domain has no React',
    file: 'src/domain/zone-probe.tsx',
    violation: "import { useState } from 'react';\nvoid useState;",
    legal: "import { z } from 'zod/mini';\nvoid z;",
  },
  {
    zone: 'domain uses no browser globals',
    file: 'src/domain/zone-probe.ts',
    violation: 'export const here = window.location.href;',
    legal: 'export const here = new URL("https://example.com").href;',
  },
  {
    zone: 'domain reaches no storage or network',
    file: 'src/domain/zone-probe.tsx',
    violation: "export const load = () => fetch('catalogue.json');",
    legal: 'export const load = () => Promise.resolve(1);',
  },
  {
    zone: 'domain source uses no test support',
    file: 'src/domain/zone-probe.ts',
    violation: "import { TEST_DEVICES } from '../testing/test-devices';\nvoid TEST_DEVICES;",
    legal: "import { parseCatalogue } from './catalogue/catalogue-schema';\nvoid parseCatalogue;",
  },
  {
    zone: 'lib imports nothing above it',
    file: 'src/lib/zone-probe.ts',
    violation: "import { analyzeDraft } from '../domain/validate';\nvoid analyzeDraft;",
    legal: "import { fieldDomId } from './field-dom-id';\nvoid fieldDomId;",
  },
  {
    zone: 'lib has no React',
    file: 'src/lib/zone-probe.ts',
    violation: "import { useEffect } from 'react';\nvoid useEffect;",
    legal: "import copy from 'copy-to-clipboard';\nvoid copy;",
  },
  {
    zone: 'components import nothing from the store',
    file: 'src/components/ui/zone-probe.tsx',
    violation:
      "import { useDraftActions } from '../../state/draft/configuration-context';\nvoid useDraftActions;",
    legal: "import { fieldDomId } from '../../lib/field-dom-id';\nvoid fieldDomId;",
  },
  {
    zone: 'components import no feature',
    file: 'src/components/ui/zone-probe.tsx',
    violation: "import { ShareBar } from '../../features/share/share-bar';\nvoid ShareBar;",
    legal: "import type { Problem } from '../../domain/problem';\nexport type P = Problem;",
  },
  {
    zone: 'the store imports no feature or component',
    file: 'src/state/zone-probe.ts',
    violation: "import { FixButton } from '../components/ui/fix-button';\nvoid FixButton;",
    legal: "import { analyzeDraft } from '../domain/validate';\nvoid analyzeDraft;",
  },
  {
    zone: 'a feature never imports another feature',
    file: 'src/features/share/zone-probe.ts',
    violation:
      "import { PlatformPicker } from '../target/platform/platform-picker';\nvoid PlatformPicker;",
    legal: "import { useAnalysis } from '../../state/analysis-context';\nvoid useAnalysis;",
  },
  {
    zone: 'features do not import the app shell',
    file: 'src/features/preview/zone-probe.ts',
    violation: "import { App } from '../../app/app';\nvoid App;",
    legal: "import { JsonPreview } from './json-preview';\nvoid JsonPreview;",
  },
  {
    zone: 'app code uses no test support',
    file: 'src/app/zone-probe.tsx',
    violation:
      "import { renderWithConfiguration } from '../testing/render-with-configuration';\nvoid renderWithConfiguration;",
    legal: "import { ShareBar } from '../features/share/share-bar';\nvoid ShareBar;",
  },
  {
    zone: 'the neo-config command imports only domain and lib',
    file: 'src/cli/zone-probe.ts',
    violation:
      "import { useAnalysis } from '../state/analysis/analysis-context';\nvoid useAnalysis;",
    legal: "import { analyzeDraft } from '../domain/validate';\nvoid analyzeDraft;",
  },
  {
    zone: 'nothing imports the neo-config command',
    file: 'src/domain/zone-probe.ts',
    violation: "import { run } from '../cli/run';\nvoid run;",
    legal: "import { importConfig } from './import-config';\nvoid importConfig;",
  },
  {
    zone: 'no feature imports the neo-config command',
    file: 'src/features/share/zone-probe.ts',
    violation: "import { checkDocument } from '../../cli/check-document';\nvoid checkDocument;",
    legal: "import { importConfig } from '../../domain/import-config';\nvoid importConfig;",
  },
  {
    zone: 'Node built-ins only in the neo-config command',
    file: 'src/state/zone-probe.ts',
    violation: "import { readFile } from 'node:fs/promises';\nvoid readFile;",
    legal: "import { importConfig } from '../domain/import-config';\nvoid importConfig;",
  },
  {
    zone: 'lib uses no Node built-ins',
    file: 'src/lib/zone-probe.ts',
    violation: "import { join } from 'node:path';\nvoid join;",
    legal: "import { fieldDomId } from './field-dom-id';\nvoid fieldDomId;",
  },
  {
    zone: 'the neo-config command may use Node built-ins',
    file: 'src/cli/zone-probe.ts',
    violation: "import { App } from '../app/app';\nvoid App;",
    legal: "import { readFile } from 'node:fs/promises';\nvoid readFile;",
  },
  {
    zone: 'only lib/address-bar touches the page address',
    file: 'src/app/zone-probe.ts',
    violation: "window.history.replaceState(null, '', '#x');",
    legal: "import { replaceHash } from '../lib/address-bar';\nreplaceHash('#x');",
  },
  {
    zone: 'only the state layer touches the form',
    file: 'src/features/share/zone-probe.ts',
    violation: "import { useWatch } from 'react-hook-form';\nvoid useWatch;",
    legal:
      "import { useDraftSubscription } from '../../state/draft/draft-form';\nvoid useDraftSubscription;",
  },
  {
    zone: 'shared hooks import only domain and lib',
    file: 'src/hooks/zone-probe.ts',
    violation:
      "import { useAnalysis } from '../state/analysis/analysis-context';\nvoid useAnalysis;",
    legal: "import { fieldDomId } from '../lib/field-dom-id';\nvoid fieldDomId;",
  },
  {
    zone: 'no bare location or history either',
    file: 'src/features/share/zone-probe.ts',
    violation: 'export const hash = () => location.hash;',
    legal: "import { currentHash } from '../../lib/address-bar';\nexport const hash = currentHash;",
  },
] as const;

describe('layer zones', () => {
  it.each(ZONES)('$zone: rejects the violation', async ({ file, violation }) => {
    expect(await layerErrors(file, violation)).not.toEqual([]);
  });

  it.each(ZONES)('$zone: accepts the legal import', async ({ file, legal }) => {
    expect(await layerErrors(file, legal)).toEqual([]);
  });

  it('lets a domain test use test support', async () => {
    const code = "import { TEST_DEVICES } from '../testing/test-devices';\nvoid TEST_DEVICES;";
    expect(await layerErrors('src/domain/zone-probe.test.ts', code)).toEqual([]);
  });
});

// The habits that hold the tree together, each rejected once and accepted once.
describe('tree rules', () => {
  it('rejects an import cycle (the catalogue lists read by the schema that reads them)', async () => {
    const code = "import { parseCatalogue } from './catalogue-schema';\nvoid parseCatalogue;";
    const errors = await layerErrors('src/domain/catalogue/catalogue.ts', code);
    expect(errors.some((error) => error.startsWith('import-x/no-cycle'))).toBe(true);
    const legal = "import { TARGET_DEVICES } from '../api-values';\nvoid TARGET_DEVICES;";
    expect(await layerErrors('src/domain/catalogue/catalogue.ts', legal)).toEqual([]);
  });

  it('rejects a fixture in a product folder, wherever it is', async () => {
    const code = 'export const SAMPLE = 1;';
    for (const file of [
      'src/domain/board-probe/testing/samples.ts',
      'src/features/share/testing/fixture.ts',
    ]) {
      expect(await layerErrors(file, code)).toEqual([
        'layout/fixture-home: Test support and fixtures live in src/testing only.',
      ]);
    }
    expect(await layerErrors('src/testing/samples.ts', code)).toEqual([]);
  });

  it('rejects a file or folder name that is not kebab-case', async () => {
    const code = 'export const x = 1;';
    expect(await layerErrors('src/domain/deviceRules.ts', code)).not.toEqual([]);
    expect(await layerErrors('src/features/Share/share-bar.tsx', code)).not.toEqual([]);
    expect(await layerErrors('src/domain/device-rules.test.ts', code)).toEqual([]);
  });
});
