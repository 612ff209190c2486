// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { FocusCarry, FocusCarryingStandIn, useCarriedFocus } from './focus-carry';
import { OptionTextInput } from './option-text-input';
import type { OptionWidgetProps } from './option-widget-props';

/** A lazily loaded widget whose code arrives when the test says so. */
function deferredWidget() {
  let arrive: () => void = () => undefined;
  const Widget = lazy(
    () =>
      new Promise<{ default: typeof OptionTextInput }>((resolve) => {
        arrive = () => resolve({ default: OptionTextInput });
      }),
  );
  return { Widget, arrive: () => arrive() };
}

function Field({ Widget }: { Widget: ComponentType<OptionWidgetProps> }) {
  const carriedRef = useCarriedFocus();
  const [value, setValue] = useState<OptionWidgetProps['value']>('');
  const props: OptionWidgetProps = {
    id: 'field-mcpu',
    value,
    onChange: setValue,
    disabled: false,
    placeholder: '',
    'aria-invalid': false,
    'aria-describedby': '',
  };
  return (
    <>
      <label htmlFor="field-mcpu">mcpu</label>
      <button type="button">elsewhere</button>
      <Suspense fallback={<FocusCarryingStandIn {...props} carriedRef={carriedRef} />}>
        <FocusCarry id="field-mcpu" carriedRef={carriedRef}>
          <Widget {...props} placeholder="loaded" />
        </FocusCarry>
      </Suspense>
    </>
  );
}

describe('FocusCarry', () => {
  it('moves focus and caret from the stand-in to the loaded widget', async () => {
    const { Widget, arrive } = deferredWidget();
    const user = userEvent.setup();
    render(<Field Widget={Widget} />);
    const standIn = screen.getByLabelText('mcpu');
    await user.type(standIn, 'cortex-a7');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await act(async () => arrive());
    const loaded = screen.getByPlaceholderText('loaded');
    expect(loaded).not.toBe(standIn);
    expect(loaded).toHaveFocus();
    expect(loaded).toHaveValue('cortex-a7');
    expect((loaded as HTMLInputElement).selectionStart).toBe(7);
    await user.keyboard('2');
    expect(loaded).toHaveValue('cortex-2a7');
  });

  it('leaves focus alone when the stand-in did not have it', async () => {
    const { Widget, arrive } = deferredWidget();
    const user = userEvent.setup();
    render(<Field Widget={Widget} />);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    await act(async () => arrive());
    expect(screen.getByPlaceholderText('loaded')).not.toHaveFocus();
    expect(screen.getByRole('button', { name: 'elsewhere' })).toHaveFocus();
  });
});
