import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Colours are named in one place: src/styles.css defines semantic tokens with their light and
// dark values, and the primitives in src/components/ui/ read them. Everywhere else a raw
// Tailwind palette class (bg-slate-50, text-amber-900) or a dark: colour variant is a colour
// decided twice; this scans the real source for both, like lint-zones.test.ts checks imports.
const root = fileURLToPath(new URL('../..', import.meta.url));
const styles = readFileSync(`${root}src/styles.css`, 'utf8');

const PALETTE = [
  'slate',
  'gray',
  'zinc',
  'neutral',
  'stone',
  'red',
  'orange',
  'amber',
  'yellow',
  'lime',
  'green',
  'emerald',
  'teal',
  'cyan',
  'sky',
  'blue',
  'indigo',
  'violet',
  'purple',
  'fuchsia',
  'pink',
  'rose',
].join('|');
const COLOUR_UTILITIES =
  'bg|text|border(?:-[xytrblse])?|ring|ring-offset|outline|from|via|to|fill|stroke|divide|placeholder|decoration|accent|caret|shadow|inset-shadow|inset-ring|text-shadow';
/** The semantic colours styles.css defines (text-muted, bg-info-surface …). */
const TOKENS = [...styles.matchAll(/--color-([a-z][a-z0-9-]*):/g)].map((match) => match[1]);

const RAW_COLOUR = `(?:(?:${PALETTE})-(?:50|[1-9]00|950)|white|black|\\[(?:#|rgb|hsl|oklch|oklab|lab|lch|color)[^\\]]*\\])`;
const ANY_COLOUR = `(?:${RAW_COLOUR}|${TOKENS.join('|')}|transparent|current|inherit)`;
// A class token starts after whitespace, a quote, a backtick or a variant's colon.
const BEFORE = '(?<=^|[\\s\'"`:])';
const AFTER = '(?=$|[\\s\'"`])';
const RAW_CLASS = new RegExp(
  `${BEFORE}-?(?:${COLOUR_UTILITIES})-${RAW_COLOUR}(?:\\/\\d+)?${AFTER}`,
  'g',
);
const DARK_COLOUR_CLASS = new RegExp(
  `(?<=^|[\\s'"\`])dark:(?:[^\\s'"\`]*:)?-?(?:${COLOUR_UTILITIES})-${ANY_COLOUR}(?:\\/\\d+)?${AFTER}`,
  'g',
);

/** What a source file does wrong with colours: raw palette classes and dark: colour variants. */
function colourViolations(filePath: string, code: string): string[] {
  const isPrimitive = filePath.startsWith('src/components/ui/');
  const raw = isPrimitive ? [] : [...code.matchAll(RAW_CLASS)].map((match) => match[0]);
  const dark = [...code.matchAll(DARK_COLOUR_CLASS)].map((match) => match[0]);
  return [
    ...raw
      .filter(
        (name) =>
          !ALLOWED_RAW.some((allowed) => allowed.file === filePath && allowed.name === name),
      )
      .map((name) => `raw palette class ${name}`),
    ...dark.map((name) => `dark: colour variant ${name}`),
  ];
}

/** The few raw colours that mean the same in both themes, each with its reason. */
const ALLOWED_RAW = [
  {
    file: 'src/features/options/neon-switch.tsx',
    name: 'bg-white',
    why: 'the switch knob is white on the light and the dark track alike',
  },
];

/** This file holds violations on purpose, as samples. */
const THIS_FILE = 'src/testing/colour-tokens.test.ts';

/** Every TypeScript file under src/, tests and primitives included. */
function sourceFiles(): string[] {
  return readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
    .map((path) => `src/${path.replaceAll('\\', '/')}`)
    .filter((path) => /\.tsx?$/.test(path) && path !== THIS_FILE);
}

// Each rule: a file, code it may not hold, and the token-based code it may.
const RULES = [
  {
    rule: 'a feature names no palette colour',
    file: 'src/features/preview/colour-probe.tsx',
    violation: 'export const box = <p className="rounded border-amber-300 p-3">Hi</p>;',
    legal: 'export const box = <p className="rounded border-warning-border p-3">Hi</p>;',
  },
  {
    rule: 'nor behind a variant, with an opacity',
    file: 'src/features/catalogue/colour-probe.ts',
    violation: "export const row = 'px-2 aria-selected:bg-teal-950/40';",
    legal: "export const row = 'px-2 aria-selected:bg-selected-surface';",
  },
  {
    rule: 'nor white or black',
    file: 'src/app/colour-probe.ts',
    violation: "export const page = 'min-h-screen bg-white';",
    legal: "export const page = 'min-h-screen bg-background';",
  },
  {
    rule: 'nor an arbitrary colour value',
    file: 'src/app/colour-probe.ts',
    violation: "export const page = 'text-[#0f172a]';",
    legal: "export const page = 'text-foreground';",
  },
  {
    rule: 'no dark: colour variant in a feature, even of a token',
    file: 'src/features/share/colour-probe.ts',
    violation: "export const note = 'text-muted dark:text-subtle';",
    legal: "export const note = 'text-muted dark:hidden';",
  },
  {
    rule: 'no dark: colour variant in a primitive either',
    file: 'src/components/ui/colour-probe.ts',
    violation: "export const tag = 'bg-sky-100 dark:hover:bg-sky-900/60';",
    legal: "export const tag = 'bg-sky-100 hover:bg-info-tag';",
  },
] as const;

describe('colour tokens', () => {
  it.each(RULES)('$rule: rejects the violation', ({ file, violation }) => {
    expect(colourViolations(file, violation)).not.toEqual([]);
  });

  it.each(RULES)('$rule: accepts the legal code', ({ file, legal }) => {
    expect(colourViolations(file, legal)).toEqual([]);
  });

  it('reads the tokens from styles.css', () => {
    expect(TOKENS).toEqual(
      expect.arrayContaining(['muted', 'border', 'code', 'info-surface', 'warning-text']),
    );
  });

  it('finds no raw palette class outside styles.css and components/ui, nor a dark: colour variant', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      colourViolations(file, readFileSync(`${root}${file}`, 'utf8')).map(
        (violation) => `${file}: ${violation}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps each allowed raw colour in use, so the list cannot go stale', () => {
    for (const { file, name } of ALLOWED_RAW) {
      expect(readFileSync(`${root}${file}`, 'utf8')).toContain(name);
    }
  });
});
