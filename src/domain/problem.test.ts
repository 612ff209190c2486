import { problemFixes, type Fix, type Problem } from './problem';

const problem = (field: string, message: string): Problem => ({
  field,
  severity: 'error',
  message,
});

it('lists every fix, the first one first', () => {
  const keep = (label: string): Fix => ({ label, apply: (draft) => draft });
  expect(problemFixes(problem('a', 'b'))).toEqual([]);
  const both = { ...problem('a', 'b'), fix: keep('one'), otherFixes: [keep('two')] };
  expect(problemFixes(both).map((fix) => fix.label)).toEqual(['one', 'two']);
});
