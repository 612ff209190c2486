import { problemFixes, problemLine, type Fix, type Problem } from './problem';

const problem = (field: string, message: string): Problem => ({
  field,
  severity: 'error',
  message,
});

describe('problemLine', () => {
  it.each([
    [
      problem(
        'S3OutputLocation',
        'S3OutputLocation is required: the S3 URI where Neo writes the compiled model',
      ),
      ' is required: the S3 URI where Neo writes the compiled model',
    ],
    [problem('gpu-code', "gpu-code sm_72 is Xavier's"), " sm_72 is Xavier's"],
    [
      problem('TargetDevice', 'Choose a TargetDevice or describe a TargetPlatform'),
      ': Choose a TargetDevice or describe a TargetPlatform',
    ],
    [problem('mcpu', 'mcpuX is odd'), ': mcpuX is odd'],
  ])('says the field once: %j', (given, rest) => {
    const line = problemLine(given);
    expect(line).toEqual({ field: given.field, rest });
  });
});

it('never repeats the name of a field whose message starts with it', () => {
  const line = problemLine(problem('S3OutputLocation', 'S3OutputLocation is required'));
  expect(`${line.field}${line.rest}`).toBe('S3OutputLocation is required');
});

it('lists every fix, the first one first', () => {
  const keep = (label: string): Fix => ({ label, apply: (draft) => draft });
  expect(problemFixes(problem('a', 'b'))).toEqual([]);
  const both = { ...problem('a', 'b'), fix: keep('one'), otherFixes: [keep('two')] };
  expect(problemFixes(both).map((fix) => fix.label)).toEqual(['one', 'two']);
});
