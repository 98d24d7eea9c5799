import { yaml } from '@codemirror/lang-yaml';
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MONOSPACE } from '../theme-fonts';

/** Two YAML texts side by side, read-only, changed lines marked and unchanged stretches folded (CodeMirror merge). */
export function YamlDiff({ before, after, labels }: { before: string; after: string; labels: [string, string] }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // CodeMirror's own words, in the official's language ($ stands for the number).
    const phrases = EditorState.phrases.of({ '$ unchanged lines': t('history.unchangedLines') });
    if (!host.current) return;
    const side = (doc: string, label: string) => ({
      doc,
      extensions: [
        basicSetup,
        yaml(),
        EditorState.readOnly.of(true),
        EditorView.editable.of(false),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.theme({ '.cm-scroller': { fontFamily: MONOSPACE } }),
        phrases,
      ],
    });
    const view = new MergeView({
      a: side(before, labels[0]),
      b: side(after, labels[1]),
      parent: host.current,
      collapseUnchanged: { margin: 3, minSize: 6 },
      gutter: true,
    });
    return () => view.destroy();
  }, [before, after, labels, t]);
  return <div ref={host} data-testid="yaml-diff" style={{ border: '1px solid var(--mantine-color-gray-4)' }} />;
}
