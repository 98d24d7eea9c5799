import { useSearchParams } from 'react-router';

/**
 * A list page's filters, kept in the address (a link or a reload shows the same list): the current values, and a
 * setter that replaces one filter (an empty value removes it) without adding a history entry.
 */
export function useSearchFilters(): [URLSearchParams, (key: string, value: string | null) => void] {
  const [search, setSearch] = useSearchParams();
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  return [search, setFilter];
}
