import { readFileSync } from 'node:fs';
import { KNOWN_BOARDS } from '../board-probe/known-boards';
import { catalogueSchema } from './catalogue-schema';
import { boardFindings } from './board-findings';
import {
  filterChoices,
  filterDevices,
  isFiltering,
  matchesSearch,
  NO_DEVICE_FILTER,
  searchTokens,
  type DeviceFilter,
} from './device-search';

const { devices } = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
);
const ids = (filter: Partial<DeviceFilter>) =>
  filterDevices(devices, { ...NO_DEVICE_FILTER, ...filter }, KNOWN_BOARDS).map(
    (device) => device.id,
  );
const nano = devices.find((device) => device.id === 'jetson_nano')!;

describe('searchTokens', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Jetson  NANO', ['jetson', 'nano']],
    [' ml_p3\t', ['ml_p3']],
  ])('%j → %j', (query, tokens) => {
    expect(searchTokens(query)).toEqual(tokens);
  });
});

describe('matchesSearch', () => {
  it.each([
    ['API value', 'jetson_nano', true],
    ['name', 'Jetson Nano', true],
    ['vendor, any case', 'nvidia', true],
    ['architecture', 'arm64', true],
    ['accelerator label', 'maxwell', true],
    ['GPU spec', 'sm_53', true],
    ['category label', 'edge gpu', true],
    ['every word must match', 'jetson xavier', false],
    ['a word that matches nothing', 'raspberry', false],
    ['a blank query', '  ', true],
  ])('%s: %j → %s', (_, query, expected) => {
    expect(matchesSearch(nano, query)).toBe(expected);
  });
});

describe('filterDevices', () => {
  it('returns every device, in catalogue order, without a filter', () => {
    expect(ids({})).toHaveLength(37);
    expect(ids({})[0]).toBe('lambda');
  });

  it.each([
    [
      'search "jetson"',
      { query: 'jetson' },
      ['jetson_tx1', 'jetson_tx2', 'jetson_nano', 'jetson_xavier'],
    ],
    ['search "ml_p"', { query: 'ml_p' }, ['ml_p2', 'ml_p3']],
    ['search by Arch value', { query: 'arm_eabihf' }, ['rasp3b', 'rasp4b', 'rk3288']],
    ['category', { category: 'edge-android' }, ['qcs605', 'qcs603']],
    ['Arch', { arch: 'X86' }, ['x86_win32']],
    ['Accelerator', { accelerator: 'INTEL_GRAPHICS' }, ['deeplens']],
    ['Accelerator and Arch together', { accelerator: 'MALI', arch: 'ARM_EABIHF' }, ['rk3288']],
    [
      'search within a category',
      { query: 'graviton', category: 'cloud-cpu' },
      ['ml_m6g', 'ml_c6g'],
    ],
    ['nothing matches', { query: 'jetson', category: 'cloud-cpu' }, []],
  ] satisfies [string, Partial<DeviceFilter>, string[]][])('%s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('board names and aliases (issue 21 §8)', () => {
  const findings = (query: string) =>
    boardFindings(
      filterDevices(devices, { ...NO_DEVICE_FILTER, query }, KNOWN_BOARDS),
      query,
      KNOWN_BOARDS,
    );

  it.each([
    ['xavier nx', ['jetson_xavier']],
    ['Jetson Xavier NX', ['jetson_xavier']],
    ['compute module 4', ['rasp4b']],
    ['j721e', ['jacinto_tda4vm']],
    ['orin', []],
    ['sm_87', []],
  ])('"%s" lists %j, as detection maps the board', (query, expected) => {
    expect(ids({ query })).toEqual(expected);
  });

  it('says which board a device stands for, with the reason detection gives', () => {
    expect(findings('xavier nx')).toEqual([
      {
        kind: 'stands-for',
        board: 'Jetson Xavier NX',
        device: 'jetson_xavier',
        note: expect.stringContaining('jetson_xavier is the closest match'),
      },
    ]);
    // A device found by its own name needs no word about boards.
    expect(findings('xavier')).toEqual([]);
  });

  it.each(['orin', 'Jetson Orin', 'sm_87'])(
    '"%s" names the board Neo has no device for',
    (query) => {
      expect(findings(query)).toEqual([
        {
          kind: 'no-device',
          board: { device: null, board: 'Jetson Orin', accelerator: 'NVIDIA', gpuCode: 'sm_87' },
        },
      ]);
    },
  );

  it('names no board for a search that finds nothing else', () => {
    expect(findings('zzz')).toEqual([]);
  });
});

describe('isFiltering', () => {
  it.each([
    [{}, false],
    [{ query: '  ' }, false],
    [{ query: 'nano' }, true],
    [{ category: 'apple' }, true],
    [{ arch: 'ARM64' }, true],
    [{ accelerator: 'NVIDIA' }, true],
  ] satisfies [Partial<DeviceFilter>, boolean][])('%j → %s', (filter, expected) => {
    expect(isFiltering({ ...NO_DEVICE_FILTER, ...filter })).toBe(expected);
  });
});

describe('filterChoices', () => {
  it('offers only the values some device has, in their closed-set order', () => {
    expect(filterChoices(devices)).toEqual({
      categories: [
        'cloud-cpu',
        'cloud-gpu',
        'aws-accelerator',
        'edge-gpu',
        'edge-cpu',
        'edge-android',
        'edge-npu',
        'desktop',
        'apple',
      ],
      arches: ['X86_64', 'X86', 'ARM64', 'ARM_EABIHF'],
      accelerators: ['INTEL_GRAPHICS', 'MALI', 'NVIDIA'],
    });
  });

  it('offers nothing for an empty list', () => {
    expect(filterChoices([])).toEqual({ categories: [], arches: [], accelerators: [] });
  });
});
