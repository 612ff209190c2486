// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { RequestDraft } from '../../domain/request/request-draft';
import { createRequestStore } from '../../state/request/request-store';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { RequestSection } from './request-section';

function renderRequest(draft: RequestDraft = {}, isRevealedAll = false) {
  return renderWithConfiguration(<RequestSection outputConfig={{}} />, {
    requestStore: createRequestStore({ draft, isRevealedAll }),
  });
}

/** The text of what an input's aria-describedby points at. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the Request part shows its problems beside its fields (issue 21)', () => {
  it('once a field is typed, a field further down says what it lacks, as the summary does', async () => {
    const { user } = renderRequest();
    await user.type(screen.getByRole('textbox', { name: /CompilationJobName/ }), 'resnet-job');
    const role = screen.getByRole('textbox', { name: /RoleArn/ });
    expect(await screen.findByText(/RoleArn is required/)).toBeVisible();
    expect(role).toHaveAttribute('aria-invalid', 'true');
    expect(description(role)).toMatch(/RoleArn is required/);
  });

  it('a problem of a whole structure sits beside the input that writes it', async () => {
    renderRequest({ CompilationJobName: 'job', StoppingCondition: 5 }, true);
    const limit = screen.getByRole('textbox', { name: /StoppingCondition\.MaxRuntimeInSeconds/ });
    expect(await screen.findByText(/StoppingCondition must be an object/)).toBeVisible();
    expect(limit).toHaveAttribute('aria-invalid', 'true');
    expect(description(limit)).toMatch(/StoppingCondition must be an object/);
  });

  it('a key no field stands for is said at the top of the part, with its fix', async () => {
    const { user } = renderRequest({ CompilationJobName: 'job', Colour: 'blue' }, true);
    const message = await screen.findByText(/"Colour" is not a CreateCompilationJob field/);
    await user.click(within(message).getByRole('button', { name: 'Remove "Colour"' }));
    expect(screen.queryByText(/"Colour" is not a CreateCompilationJob field/)).toBeNull();
  });
});
