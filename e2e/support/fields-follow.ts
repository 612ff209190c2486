import { expect, type Page } from '@playwright/test';

/** One visible input labelled with an API name, as the page shows it. */
type ShownField = {
  apiName: string;
  kind: 'input' | 'select' | 'textarea';
  value: string;
  /** The selected option's text (selects), for a link's value shown as "(link value)". */
  selectedText: string;
  /** The tokens of a token input (mattr), in order. */
  tokens: string[];
};

/**
 * Every visible input, select and text area whose label names an API key (the `<code>` of
 * FieldLabel: "S3OutputLocation", "Arch", "gpu-code", "InputConfig.S3Uri"…) with what it shows.
 */
async function shownFields(page: Page): Promise<ShownField[]> {
  return page.evaluate(() => {
    const fields: ShownField[] = [];
    for (const element of document.querySelectorAll<
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    >('input, select, textarea')) {
      if (!element.checkVisibility() || element.type === 'checkbox' || element.type === 'file') {
        continue;
      }
      const code = element.labels?.[0]?.querySelector('code');
      const apiName = code?.textContent?.trim();
      if (!apiName) continue;
      const tokenList = element.closest('div')?.querySelector(`ul[aria-label="${apiName} tokens"]`);
      fields.push({
        apiName,
        kind: element.tagName.toLowerCase() as ShownField['kind'],
        value: element.value,
        selectedText:
          element instanceof HTMLSelectElement
            ? (element.selectedOptions[0]?.textContent ?? '')
            : '',
        tokens: [...(tokenList?.querySelectorAll('li') ?? [])].map(
          (item) =>
            item
              .querySelector('button')
              ?.getAttribute('aria-label')
              ?.replace(/^Remove /, '') ?? '',
        ),
      });
    }
    return fields;
  });
}

type Json = Record<string, unknown>;

const objectOrEmpty = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

function compilerOptions(config: Json): Json {
  const text = config.CompilerOptions;
  if (typeof text !== 'string') return {};
  try {
    return objectOrEmpty(JSON.parse(text));
  } catch {
    return {};
  }
}

const REQUEST_TOP = new Set(['CompilationJobName', 'RoleArn']);
const OUTPUT_TOP = new Set(['S3OutputLocation', 'KmsKeyId']);
const PLATFORM = new Set(['Os', 'Arch', 'Accelerator']);

/** The value the previews hold for an API name, or `skip` for a field outside this check. */
function previewValue(apiName: string, config: Json, request: Json | undefined): unknown {
  if (OUTPUT_TOP.has(apiName)) return config[apiName];
  if (PLATFORM.has(apiName)) return objectOrEmpty(config.TargetPlatform)[apiName];
  if (REQUEST_TOP.has(apiName)) return request?.[apiName];
  if (apiName.startsWith('InputConfig.')) {
    return objectOrEmpty(request?.InputConfig)[apiName.slice('InputConfig.'.length)];
  }
  if (apiName === 'StoppingCondition.MaxRuntimeInSeconds') {
    return objectOrEmpty(request?.StoppingCondition).MaxRuntimeInSeconds;
  }
  if (apiName.includes('.') || /^[A-Z]/.test(apiName)) return SKIP;
  return compilerOptions(config)[apiName];
}

const SKIP = Symbol('not checked here');

const asText = (value: unknown) =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * SPEC §5.8: every visible input labelled with an API name shows what json-preview or
 * request-preview holds for that name. Returns the API names checked, so a test can say
 * which fields it expects to have seen.
 */
export async function expectFieldsFollowPreviews(page: Page): Promise<string[]> {
  const config = JSON.parse((await page.getByTestId('json-preview').textContent()) ?? '') as Json;
  const requestPreview = page.getByTestId('request-preview');
  const request =
    (await requestPreview.count()) > 0
      ? (JSON.parse((await requestPreview.textContent()) ?? '') as Json)
      : undefined;
  const checked: string[] = [];
  for (const field of await shownFields(page)) {
    const expected = previewValue(field.apiName, config, request);
    if (expected === SKIP) continue;
    checked.push(field.apiName);
    const where = `the field labelled ${field.apiName}`;
    if (Array.isArray(expected)) {
      expect(field.tokens, where).toEqual(expected.map(asText));
      expect(field.value, where).toBe('');
    } else if (field.kind === 'select' && field.value === '(link value)') {
      expect(field.selectedText, where).toContain(asText(expected));
    } else if (Array.isArray(field.tokens) && field.tokens.length > 0) {
      expect(field.tokens, where).toEqual([asText(expected)]);
    } else {
      expect(field.value, where).toBe(asText(expected));
    }
  }
  return checked;
}
