/** Saves text or a blob as a file through a temporary link: no server round trip. */
export function downloadFile(fileName: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
