/**
 * A bench's usage: the `//` comment block its file opens with (the command line with its options, then what it
 * measures), without the comment marks. Every bench starts with one; the benches parse their options each their own
 * way, so the header is the one description they share.
 */
export function usageOf(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n').trim();
}
