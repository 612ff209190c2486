type Props = { isOn: boolean; disabled: boolean; onToggle: (on: boolean) => void };

/** 32-bit ARM NEON (SPEC §3.3): on exactly when mattr holds +neon; toggling edits mattr. */
export function NeonSwitch({ isOn, disabled, onToggle }: Props) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={isOn}
      disabled={disabled}
      onClick={() => onToggle(!isOn)}
      className="group inline-flex min-h-10 items-center gap-3 rounded-md text-left text-sm font-medium focus-ring focus-visible:outline-offset-2 disabled:opacity-50"
    >
      <span
        aria-hidden="true"
        className="relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border border-border-strong bg-surface-strong transition-colors group-aria-checked:border-pressed group-aria-checked:bg-switch-on motion-reduce:transition-none"
      >
        <span className="ml-0.5 size-5 rounded-full bg-white shadow transition-transform group-aria-checked:translate-x-5 motion-reduce:transition-none" />
      </span>
      <span>
        NEON <span className="font-normal text-muted">(adds +neon to mattr)</span>
      </span>
      <span aria-hidden="true" className="text-xs font-normal text-muted">
        {isOn ? 'On' : 'Off'}
      </span>
    </button>
  );
}
