import { readFileSync } from 'node:fs';
import { SINGLE_REGION_DEVICES, TARGET_DEVICES } from '../api-values';
import { indexCatalogue } from './catalogue-index';
import { catalogueSchema, parseCatalogue, type Catalogue } from './catalogue-schema';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8'),
);
const catalogue = catalogueSchema.parse(raw);
const devices = catalogue.devices;

/** A copy of the real catalogue with its device list changed. */
function withDevices(change: (list: unknown[]) => unknown[]): unknown {
  const copy = structuredClone(raw) as { devices: unknown[] };
  return { ...copy, devices: change(copy.devices) };
}

function issueMessages(input: unknown): string[] {
  const result = catalogueSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('public/catalogue.json', () => {
  it('has exactly the 37 API values as ids, each once, in the API order', () => {
    expect(devices.map((device) => device.id)).toEqual([...TARGET_DEVICES]);
    expect(new Set(devices.map((device) => device.id)).size).toBe(37);
  });

  it('gives every NVIDIA device its gpu-code, and no other device one', () => {
    for (const device of devices) {
      expect({ id: device.id, hasGpuCode: device.gpuCode !== undefined }).toEqual({
        id: device.id,
        hasGpuCode: device.accelerator === 'NVIDIA',
      });
    }
  });

  it.each(
    devices
      .filter((device) => device.suggestedCompilerOptions !== undefined)
      .map((device) => [device.id, device.suggestedCompilerOptions!]),
  )('%s suggests CompilerOptions in compact strict JSON', (_, text) => {
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
  });

  it('suggests each NVIDIA device its own gpu-code', () => {
    for (const device of devices.filter((entry) => entry.accelerator === 'NVIDIA')) {
      const options = JSON.parse(device.suggestedCompilerOptions ?? '{}') as Record<
        string,
        unknown
      >;
      expect([device.id, options['gpu-code']]).toEqual([device.id, device.gpuCode]);
    }
  });

  it('keeps the Inferentia example as a JSON string of flags', () => {
    const inf1 = indexCatalogue(catalogue).get('ml_inf1');
    expect(inf1?.suggestedCompilerOptions).toBe('"--verbose 1 --num-neuroncores 2 -O2"');
  });

  it('says when the devices were last checked, and against what (issue 21 §8)', () => {
    expect(catalogue.checked.date).toBe('2026-08-07');
    expect(catalogue.checked.against).toContain('botocore');
    const undated = { ...(raw as Record<string, unknown>), checked: undefined };
    expect(parseCatalogue(undated)).toEqual({
      ok: false,
      error: 'The device catalogue is malformed at checked: Invalid input: expected object',
    });
  });

  it('limits to one region exactly the single-region devices', () => {
    const regions = devices.flatMap((device) =>
      device.region ? [[device.id, device.region]] : [],
    );
    const expected = Object.entries(SINGLE_REGION_DEVICES).map(([id, entry]) => [id, entry.region]);
    expect(regions.sort()).toEqual(expected.sort());
  });

  it('marks ml_eia2 and deeplens retired, each with the reason', () => {
    const retired = devices.filter((device) => device.status === 'retired');
    expect(retired.map((device) => device.id)).toEqual(['ml_eia2', 'deeplens']);
    expect(retired.every((device) => (device.statusNote ?? '').length > 0)).toBe(true);
  });

  it('gives a release year only with its source and a link to it, never a guess', () => {
    const dated = devices.filter((device) => device.released !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const { id, released } of dated) {
      expect({ id, source: released!.source.length > 0, url: released!.url }).toEqual({
        id,
        source: true,
        url: expect.stringMatching(/^https:\/\/[^/]+\/./),
      });
    }
    // The vendor's own word where there is one: the Inferentia launch, on AWS's What's New.
    expect(indexCatalogue(catalogue).get('ml_inf1')?.released).toMatchObject({
      year: 2019,
      verified: true,
      url: expect.stringContaining('aws.amazon.com/about-aws/whats-new/2019/12/'),
    });
    // No source gave one: no year, rather than a recalled one.
    expect(indexCatalogue(catalogue).get('jetson_nano')?.released).toBeUndefined();
  });

  it.each([
    ['without a source', { year: 2016, url: 'https://example.com/x', verified: true }],
    ['without a link', { year: 2016, source: 'A page', verified: true }],
    [
      'with a plain-http link',
      { year: 2016, source: 'A page', url: 'http://a.b/x', verified: true },
    ],
    [
      'with a year no hardware has',
      { year: 216, source: 'A page', url: 'https://a.b/x', verified: true },
    ],
  ])('rejects a release year %s', (_, released) => {
    const input = withDevices((list) => {
      (list[0] as Record<string, unknown>).released = released;
      return list;
    });
    expect(catalogueSchema.safeParse(input).success).toBe(false);
  });

  it('dates every device by the botocore release that first listed it (catalogue-history.md)', () => {
    const index = indexCatalogue(catalogue);
    const added = (id: string) => index.get(id)?.lifecycle.added;
    expect(added('ml_m4')).toMatchObject({ date: '2018-11-28', botocore: '1.12.55' });
    expect(added('jetson_nano')).toMatchObject({ date: '2019-05-08', botocore: '1.12.145' });
    expect(added('ml_eia2')).toMatchObject({ date: '2021-03-17', botocore: '1.20.30' });
    expect(added('rasp4b')).toMatchObject({ date: '2023-12-15', botocore: '1.34.2' });
    // Nothing was added after 2023-12-15, and the enum grew in 17 steps.
    const dates = new Set(devices.map((device) => device.lifecycle.added.date));
    expect(dates.size).toBe(17);
    expect([...dates].sort().at(-1)).toBe('2023-12-15');
  });

  it('records the retirements AWS announced, each with its source and a note saying why', () => {
    const retirements = devices.flatMap((device) =>
      device.lifecycle.retirement ? [[device.id, device.lifecycle.retirement.stage]] : [],
    );
    expect(retirements).toEqual([
      ['ml_m4', 'retiring'],
      ['ml_p2', 'retiring'],
      ['ml_eia2', 'ended'],
      ['deeplens', 'ended'],
    ]);
    for (const device of devices.filter((entry) => entry.lifecycle.retirement)) {
      expect([device.id, device.lifecycle.retirement?.source]).toEqual([
        device.id,
        expect.stringMatching(/^https:\/\//),
      ]);
      expect([device.id, device.statusNote]).toEqual([device.id, expect.stringMatching(/:.+/)]);
    }
  });

  it('gives a verified flag with every mcpu and cpu core', () => {
    for (const device of devices) {
      expect([device.id, device.mcpuVerified !== undefined]).toEqual([
        device.id,
        device.mcpu !== undefined,
      ]);
      expect([device.id, device.cpuCoreVerified !== undefined]).toEqual([
        device.id,
        device.cpuCore !== undefined,
      ]);
    }
  });

  it('says in a note why each device without an Os cannot be a TargetPlatform', () => {
    const unexplained = devices.filter(
      (device) =>
        device.os === null &&
        !device.notes.some((note) =>
          /TargetDevice only|no WINDOWS value|reach it through TargetDevice/.test(note.text),
        ),
    );
    expect(unexplained.map((device) => device.id)).toEqual([]);
  });

  it('flags the DG anomalies as unverified instead of fixing them silently', () => {
    const index = indexCatalogue(catalogue);
    const get = (id: string) => index.get(id)!;
    expect(get('qcs605')).toMatchObject({ accelerator: 'MALI', acceleratorVerified: false });
    expect(get('sitara_am57x')).toMatchObject({ arch: 'ARM64', archVerified: false });
    expect(get('x86_win64')).toMatchObject({ arch: 'X86_64', archVerified: false });
    expect(get('rasp4b').archVerified).toBe(false);
    expect(get('ml_m6g')).toMatchObject({ mcpu: 'neoverse-n1', mcpuVerified: false });
  });
});

describe('catalogueSchema', () => {
  it('rejects a 38th device repeating an id', () => {
    const input = withDevices((list) => [...list, list[0]]);
    expect(issueMessages(input)).toEqual(['Device lambda appears more than once']);
  });

  it('rejects a misspelled id', () => {
    const input = withDevices((list) =>
      list.map((device, index) =>
        index === 16 ? { ...(device as object), id: 'jetson_nano2' } : device,
      ),
    );
    const result = catalogueSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['devices', 16, 'id'],
      code: 'invalid_value',
    });
  });

  it('rejects a catalogue that lacks a device', () => {
    const input = withDevices((list) => list.filter((_, index) => index !== 0));
    expect(issueMessages(input)).toEqual(['The catalogue lacks lambda']);
  });

  it('rejects a retired status without an ended lifecycle, and an ending without a note', () => {
    const input = withDevices((list) =>
      list.map((entry) => {
        const device = entry as { id: string; lifecycle: object };
        if (device.id === 'ml_c5') return { ...device, status: 'retired', statusNote: 'x' };
        if (device.id === 'ml_c4') {
          const retirement = {
            stage: 'retiring',
            date: '2024-01-01',
            text: 'x',
            source: 'x',
            verified: false,
          };
          return { ...device, lifecycle: { ...device.lifecycle, retirement } };
        }
        return device;
      }),
    );
    expect(issueMessages(input)).toEqual([
      'ml_c4 is retiring but has no statusNote saying why',
      'ml_c5: status "retired" and lifecycle stage "ended" must go together',
    ]);
  });

  it('rejects a lifecycle date that is not YYYY-MM-DD', () => {
    const input = withDevices((list) =>
      list.map((entry, index) => {
        const device = entry as { lifecycle: { added: object } };
        return index === 0
          ? { ...device, lifecycle: { added: { ...device.lifecycle.added, date: 'May 2019' } } }
          : device;
      }),
    );
    expect(issueMessages(input)).toHaveLength(1);
  });

  it('rejects a gpu-code that is not sm_NN', () => {
    const input = withDevices((list) =>
      list.map((device, index) =>
        index === 16 ? { ...(device as object), gpuCode: '53' } : device,
      ),
    );
    expect(issueMessages(input)).toHaveLength(1);
  });
});

describe('indexCatalogue', () => {
  it('finds devices by API value and nothing by prototype names', () => {
    const index = indexCatalogue(catalogue satisfies Catalogue);
    expect(index.get('jetson_nano')?.gpuCode).toBe('sm_53');
    expect(index.get('constructor')).toBeUndefined();
    expect(index.get('__proto__')).toBeUndefined();
  });
});

describe('parseCatalogue', () => {
  it('returns the catalogue when it is well formed', () => {
    const result = parseCatalogue(raw);
    expect(result.ok && result.value.devices).toHaveLength(37);
  });

  it('names the first bad field and counts the others', () => {
    const input = withDevices((list) =>
      list.map((device, index) =>
        index < 2 ? { ...(device as object), arch: 'AARCH64' } : device,
      ),
    );
    expect(parseCatalogue(input)).toEqual({
      ok: false,
      error:
        'The device catalogue is malformed at devices.0.arch: Invalid option: expected one of "X86_64"|"X86"|"ARM64"|"ARM_EABI"|"ARM_EABIHF" (and 1 more)',
    });
  });

  it('says so when the data is not a catalogue at all', () => {
    expect(parseCatalogue('<html>')).toEqual({
      ok: false,
      error: 'The device catalogue is malformed: Invalid input: expected object',
    });
  });
});
