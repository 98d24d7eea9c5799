/** The monospace font of flows, codes and numbers: one with Vietnamese letters (loaded in main.tsx), then the systems'. */
export const MONOSPACE = "'Roboto Mono', ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";
