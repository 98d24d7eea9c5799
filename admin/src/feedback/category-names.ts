import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';

/** The routing screen reads the same query: one request for both. */
const CATEGORIES_KEY = ['feedback-categories'] as const;

/**
 * A feedback field's name in the screen's language: the name citizens read it by in that language (the texts'
 * `feedback:category_names.<code>`), else the LGSP's (Vietnamese) name the ticket keeps. While the LGSP's list cannot
 * be read, the LGSP's name.
 */
export function useCategoryName(): (code: string, lgspName: string) => string {
  const { i18n } = useTranslation();
  const categories = useQuery({
    queryKey: CATEGORIES_KEY,
    queryFn: () => unwrap(api.GET('/api/admin/feedback/categories')),
    staleTime: 60_000,
    retry: false,
  });
  const language = i18n.language.startsWith('en') ? 'en' : 'vi';
  const labels = new Map((categories.data?.items ?? []).map((item) => [item.code, item.labels[language]]));
  return (code, lgspName) => labels.get(code) ?? lgspName;
}
