/** `parley extract`: replaced by the extractor's command. */
export async function runExtract(): Promise<number> {
  process.stderr.write('parley extract: the extractor is not built yet\n');
  return 1;
}
