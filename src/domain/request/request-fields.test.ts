import fc from 'fast-check';
import {
  fieldText,
  fieldValue,
  inputPathFor,
  REQUEST_FIELDS,
  valueAt,
  withValueAt,
} from './request-fields';

describe('REQUEST_FIELDS', () => {
  it('names every field the contract asks for by its API name (SPEC §5.7)', () => {
    const paths = REQUEST_FIELDS.map(({ path }) => path.split('.').at(-1));
    for (const name of [
      'CompilationJobName',
      'RoleArn',
      'S3Uri',
      'Framework',
      'FrameworkVersion',
      'MaxRuntimeInSeconds',
    ]) {
      expect(paths).toContain(name);
    }
  });
});

describe('inputPathFor', () => {
  it.each([
    ['RoleArn', 'RoleArn'],
    ['InputConfig.DataInputConfig', 'InputConfig.DataInputConfig'],
    ['InputConfig', 'InputConfig.S3Uri'],
    ['StoppingCondition', 'StoppingCondition.MaxRuntimeInSeconds'],
    ['Extra', undefined],
    ['InputConfig.Shape', undefined],
  ])('lands %s on %s', (field, path) => {
    expect(inputPathFor(field)).toBe(path);
  });
});

describe('valueAt and withValueAt', () => {
  it('read and write top-level keys and structure members', () => {
    let draft = withValueAt({}, 'StoppingCondition.MaxRuntimeInSeconds', 900);
    draft = withValueAt(draft, 'CompilationJobName', 'job');
    expect(draft).toEqual({
      CompilationJobName: 'job',
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
    });
    expect(valueAt(draft, 'StoppingCondition.MaxRuntimeInSeconds')).toBe(900);
    expect(valueAt(draft, 'InputConfig.S3Uri')).toBeUndefined();
    expect(valueAt({ InputConfig: 'x' }, 'InputConfig.S3Uri')).toBeUndefined();
  });
});

describe('fieldText and fieldValue', () => {
  it.each([
    ['text', 'abc', 'abc'],
    ['seconds', 900, '900'],
    ['id-list', ['sg-1', 'sg-2'], 'sg-1, sg-2'],
    ['text', 42, '42'],
    ['id-list', [{ id: 1 }], '[{"id":1}]'],
    ['seconds', undefined, ''],
    [
      'tag-list',
      [
        { Key: 'team', Value: 'vision' },
        { Key: 'x', Value: '' },
      ],
      'team=vision, x=',
    ],
    ['tag-list', [{ Key: 'a,b', Value: 'c' }], '[{"Key":"a,b","Value":"c"}]'],
    ['tag-list', [{ Value: 'c', Key: 'k' }], '[{"Value":"c","Key":"k"}]'],
  ] as const)('a %s widget shows %j as %j', (widget, value, text) => {
    expect(fieldText(widget, value as never)).toBe(text);
  });

  it.each([
    ['seconds', '900', 900],
    ['seconds', '0', '0'],
    ['seconds', '9 00', '9 00'],
    ['id-list', 'sg-1, sg-2  sg-3,', ['sg-1', 'sg-2', 'sg-3']],
    ['text', ' a ', ' a '],
    ['text', '', undefined],
    [
      'tag-list',
      'team = vision, x, ,y=a=b',
      [
        { Key: 'team', Value: 'vision' },
        { Key: 'x', Value: '' },
        { Key: 'y', Value: 'a=b' },
      ],
    ],
  ] as const)('a %s widget reads %j as %j', (widget, text, value) => {
    expect(fieldValue(widget, text)).toEqual(value);
  });
});

describe('what a widget shows reads back as the same value', () => {
  it('for any tags and ID lists', () => {
    const tag = fc.record({ Key: fc.string(), Value: fc.string() });
    fc.assert(
      fc.property(
        fc.array(tag, { maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (tags, ids) => {
          for (const [widget, value] of [
            ['tag-list', tags],
            ['id-list', ids],
          ] as const) {
            const text = fieldText(widget, value);
            // Shown as JSON (kept as given until edited), or as text that reads back the same.
            const back = text === JSON.stringify(value) ? value : fieldValue(widget, text);
            expect(back).toEqual(value);
          }
        },
      ),
    );
  });
});
