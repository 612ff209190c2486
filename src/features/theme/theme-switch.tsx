import { useTheme, type ThemePreference } from './use-theme';

const CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * Light, dark or follow the system. Three cells of a fixed width: at the header's end, a width
 * that followed the labels would move the switch as they arrive with the page's HTML.
 */
export function ThemeSwitch() {
  const [preference, choose] = useTheme();
  return (
    <fieldset className="grid w-48 shrink-0 grid-cols-3 gap-1 text-xs">
      <legend className="sr-only">Theme</legend>
      {CHOICES.map((choice) => (
        <label
          key={choice.value}
          className="inline-flex min-h-10 cursor-pointer items-center justify-center rounded px-2 py-1 has-checked:bg-surface-strong has-focus-visible:outline-2 has-focus-visible:outline-focus"
        >
          <input
            type="radio"
            name="theme"
            value={choice.value}
            checked={preference === choice.value}
            onChange={() => choose(choice.value)}
            className="sr-only"
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
