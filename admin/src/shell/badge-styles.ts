/** A status badge in a narrow table column shows its whole label (Mantine cuts it with an ellipsis otherwise). */
export const NO_TRUNCATION = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;
