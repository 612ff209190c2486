// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { ShownOnCommit } from './shown-on-commit';

/** What a part's effect saw: whether the page was still hidden as a link opening. */
function ReportsOpening({ seen }: { seen: boolean[] }) {
  useEffect(() => {
    seen.push(document.documentElement.classList.contains('opening-link'));
  }, [seen]);
  return <p>the link's configuration</p>;
}

test("a link's page is shown in the commit of its render, before the parts' effects run", () => {
  document.documentElement.classList.add('opening-link');
  const seen: boolean[] = [];
  const { getByText } = render(
    <ShownOnCommit>
      <ReportsOpening seen={seen} />
    </ShownOnCommit>,
  );
  expect(getByText("the link's configuration")).toBeTruthy();
  expect(document.documentElement.classList.contains('opening-link')).toBe(false);
  expect(seen).toEqual([false]);
});
