/**
 * The whole CreateCompilationJob request (SPEC §5.7): the request fields with the OutputConfig
 * exactly as the OutputConfig preview shows it. Copy JSON still copies the OutputConfig alone.
 */
export function RequestPreview({ json }: { json: string }) {
  return (
    <div
      // Long lines scroll sideways; the region takes focus so keyboards can scroll it too.
      tabIndex={0}
      role="region"
      aria-label="CreateCompilationJob request JSON"
      className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-5 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700 dark:bg-slate-950"
    >
      <pre>
        <code data-testid="request-preview">{json}</code>
      </pre>
    </div>
  );
}
