type Sharp = Awaited<typeof import('sharp')>['default'];

/**
 * sharp (libvips, about 28 MiB of native code and memory) loaded on first use: most processes never touch a photo,
 * and a worker that does pays once.
 */
export async function loadSharp(): Promise<Sharp> {
  return (await import('sharp')).default;
}
