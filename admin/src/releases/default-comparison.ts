/**
 * The two releases the comparison shows before anyone picks (ids, newest first in `items`): a release newer than the
 * one in use (a draft) against the one in use, i.e. what publishing it would change; otherwise the one in use (or the
 * newest, when none is) against the release before it, i.e. what its publication changed. Never one release with
 * itself; null where there is nothing to pick.
 */
export function defaultComparison(
  items: ReadonlyArray<{ id: number }>,
  liveReleaseId: number | null,
): { from: number | null; to: number | null } {
  const newest = items[0];
  if (!newest) return { from: null, to: null };
  const liveIndex = liveReleaseId === null ? -1 : items.findIndex((release) => release.id === liveReleaseId);
  if (liveIndex > 0) return { from: liveReleaseId, to: newest.id };
  const toIndex = Math.max(liveIndex, 0);
  return { from: items[toIndex + 1]?.id ?? null, to: items[toIndex]?.id ?? null };
}
