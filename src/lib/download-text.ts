/** Saves text as a file through a temporary Blob URL; no server round trip. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the Blob is small.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
