import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { stateExtensions } from 'codemirror-json-schema';
import { yamlCompletion, yamlSchemaHover } from 'codemirror-json-schema/yaml';
import flowSchemaText from '../../../flows/flow.schema.json?raw';
import { useEffect, useRef } from 'react';
import { MONOSPACE } from '../theme-fonts';

// Parsed, not imported as a module: TypeScript would infer a type for the whole schema.
const FLOW_SCHEMA: Parameters<typeof stateExtensions>[0] = JSON.parse(flowSchemaText);

export interface YamlEditorProps {
  initialValue: string;
  onChange(value: string): void;
  /** Problems found in `diagnosticsFor`; shown only while the text is still that one (else they would be misplaced). */
  diagnostics: Diagnostic[];
  diagnosticsFor: string | null;
  readOnly: boolean;
  label: string;
  /** A range to select, scroll to and focus (e.g. a step chosen in the graph); a new object each time. */
  reveal?: { from: number; to: number } | null;
}

/**
 * CodeMirror 6 with YAML highlighting, folding, search, completion and hover help from the flow JSON Schema
 * (flows/flow.schema.json, `npm run flows:schema`), and the validator's problems marked in the text. The validator
 * (server-side) is the one judge of problems, so the schema gives completion and help only, no second list.
 */
export function YamlEditor(props: YamlEditorProps) {
  const { initialValue, onChange, diagnostics, diagnosticsFor, readOnly, label, reveal } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editable = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          basicSetup,
          yaml(),
          yamlLanguage.data.of({ autocomplete: yamlCompletion() }),
          hoverTooltip(yamlSchemaHover()),
          stateExtensions(FLOW_SCHEMA),
          lintGutter(),
          editable.current.of(EditorState.readOnly.of(readOnly)),
          // tabindex: the editable text is the keyboard's way into the scrolled region (axe-core checks for it).
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
          EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { overflow: 'auto', fontFamily: MONOSPACE } }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor owns its text after creation: later initialValue changes would discard the official's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    const current = view.current;
    if (!current || diagnosticsFor === null || current.state.doc.toString() !== diagnosticsFor) return;
    current.dispatch(setDiagnostics(current.state, diagnostics));
  }, [diagnostics, diagnosticsFor]);

  useEffect(() => {
    const current = view.current;
    if (!current || !reveal) return;
    const length = current.state.doc.length;
    const anchor = Math.min(reveal.from, length);
    current.dispatch({
      selection: { anchor, head: Math.min(reveal.to, length) },
      effects: EditorView.scrollIntoView(anchor, { y: 'start', yMargin: 24 }),
    });
    current.focus();
  }, [reveal]);

  return <div ref={host} data-testid="yaml-editor" style={{ height: '100%' }} />;
}
