// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import type { OutputConfigDraft } from '../../domain/draft';
import { useDraftActions } from './configuration-context';
import { useDraftSubscription, useTextFieldRegistration } from './draft-form';

function S3Field() {
  return <input aria-label="S3OutputLocation" {...useTextFieldRegistration('S3OutputLocation')} />;
}

function ChangeCounter() {
  const subscribe = useDraftSubscription();
  const [changes, setChanges] = useState(0);
  useEffect(() => subscribe(() => setChanges((count) => count + 1)), [subscribe]);
  return <output aria-label="changes">{changes}</output>;
}

function LoadButton({ draft }: { draft: OutputConfigDraft }) {
  const { loadDraft } = useDraftActions();
  return <button onClick={() => loadDraft(draft)}>Load</button>;
}

const s3Field = () => screen.getByLabelText<HTMLInputElement>('S3OutputLocation');
const changes = () => Number(screen.getByLabelText('changes').textContent);

describe('the draft behind the state layer', () => {
  it('a registered text field writes the draft, and the analysis follows', async () => {
    const { user } = renderWithConfiguration(<S3Field />);
    await user.type(s3Field(), 's3://b/out');
    expect(previewObject().S3OutputLocation).toBe('s3://b/out');
  });

  it('applying a draft shows its values in the registered field (SPEC 5.8)', async () => {
    const loaded: OutputConfigDraft = { S3OutputLocation: 's3://b/loaded', TargetDevice: 'ml_c5' };
    const { user } = renderWithConfiguration(
      <>
        <S3Field />
        <LoadButton draft={loaded} />
      </>,
      { draft: { S3OutputLocation: 's3://typed/before' } },
    );
    await user.click(screen.getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(previewObject()).toEqual(loaded));
    expect(s3Field().value).toBe('s3://b/loaded');
  });

  it('a draft subscription hears every change', async () => {
    const { user, unmount } = renderWithConfiguration(
      <>
        <S3Field />
        <ChangeCounter />
      </>,
    );
    await user.type(s3Field(), 'abc');
    expect(changes()).toBe(3);
    unmount();
  });
});
