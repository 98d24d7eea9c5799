import { useMediaQuery } from '@mantine/hooks';

/** Below this width lists are cards, their actions first: a table would hide them in its sideways scroll. */
const NARROW_SCREEN = '(max-width: 48em)';

/** Whether the screen is a phone's width, where lists show as cards. */
export function useNarrow(): boolean {
  return useMediaQuery(NARROW_SCREEN) ?? false;
}
