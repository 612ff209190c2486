/**
 * The whole CreateCompilationJob request (SPEC §5.7): the request fields with the OutputConfig
 * exactly as the OutputConfig preview shows it. Copy JSON still copies the OutputConfig alone.
 * Positioned, so that a keystroke repaints it alone, not the rest of the Request part (styles.css).
 */
export function RequestPreview({ json }: { json: string }) {
  return (
    <div
      role="region"
      aria-label="CreateCompilationJob request JSON"
      className="rounded-md border border-line bg-code p-3 font-mono text-[13px] leading-5"
    >
      {/* Every line whole at every width (SPEC §4.11): long lines wrap, the text is unchanged. */}
      <pre className="relative [overflow-wrap:anywhere] whitespace-pre-wrap">
        <code data-testid="request-preview">{json}</code>
      </pre>
    </div>
  );
}
