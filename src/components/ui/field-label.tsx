type Props = { htmlFor: string; label: string; apiName: string; optional?: boolean };

/** A label that always names the API key beside the friendly name (SPEC §3, §5.4). */
export function FieldLabel({ htmlFor, label, apiName, optional }: Props) {
  return (
    <label htmlFor={htmlFor} className="flex flex-wrap items-baseline gap-x-2 text-sm font-medium">
      {/* The spaces keep the accessible name readable: "S3 output location S3OutputLocation". */}
      <span>{label}</span>{' '}
      <code className="rounded bg-surface-muted px-1 text-xs text-subtle">{apiName}</code>{' '}
      {optional && <span className="text-xs font-normal text-faint">optional</span>}
    </label>
  );
}
