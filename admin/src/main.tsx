import '@mantine/core/styles.css';
// A monospace font with every Vietnamese letter (two marks on one vowel: "số", "mấy"): the systems' own often lack
// them, and the browser then draws the second mark beside the letter. Its subsets load only where a page uses them.
import '@fontsource/roboto-mono/400.css';
import '@fontsource/roboto-mono/700.css';
import {
  Badge,
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  MantineProvider,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiProblem } from './api/client';
import { initI18n } from './i18n';
import { router } from './router';
import { MONOSPACE } from './theme-fonts';

// Readable for everyone (WCAG AA contrast, checked by axe-core in the browser tests): darker shades for filled
// buttons, text colour picked against each background, and dimmed text darker than Mantine's default.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  // Light badges and buttons: the darkest shade of their colour as text, readable on its pale background.
  const { color } = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  return { ...colors, color: `var(--mantine-color-${color}-9)` };
};
/**
 * Mantine's darkest orange and yellow are too light for text (4.3:1 and 3:1 on white, less on a pale or striped
 * background): darker ones, at least 5:1 on every light background of the UI, for warnings written in them.
 */
const darkestShade = (color: 'orange' | 'yellow', shade: string) =>
  [...DEFAULT_THEME.colors[color].slice(0, 9), shade] as unknown as typeof DEFAULT_THEME.colors.orange;
const theme = createTheme({
  colors: { orange: darkestShade('orange', '#b03c0a'), yellow: darkestShade('yellow', '#8f5200') },
  primaryColor: 'blue',
  // A status badge in a narrow table column shows its whole label (Mantine cuts it with an ellipsis otherwise).
  components: { Badge: Badge.extend({ styles: { root: { overflow: 'visible' }, label: { overflow: 'visible' } } }) },
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: 'sm',
  fontFamilyMonospace: MONOSPACE,
  variantColorResolver,
});
const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7] ?? '#495057',
    // A field's problem (and its text, which Mantine colours too) in the darkest red: the default is under 4.5:1.
    '--mantine-color-error': resolved.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused or missing thing does not become allowed by asking again.
      retry: (count, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

await initI18n();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
