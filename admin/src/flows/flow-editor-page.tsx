import type { Diagnostic } from '@codemirror/lint';
import { Alert, Anchor, Badge, Box, Button, Flex, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { stringify } from 'yaml';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { useNotice, type HeldNotice } from '../forms/use-notice';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { PageLoader } from '../shell/page-loader';
import { flowProblemText } from './flow-problem-text';
import { locateProblem, parseDraft, problemLine, type ParsedDraft } from './locate-problem';
import { SimulatorPane } from './simulator-pane';
import { stepGraph, type StepNode } from './step-graph';
import { YamlEditor } from './yaml-editor';

type FlowProblem = Schemas['FlowProblem'];

// React Flow loads when the graph is first shown.
const FlowGraph = lazy(() => import('./flow-graph'));

/** One flow: its latest version in the YAML editor, the validator's problems, the simulator, save and publish. */
export default function FlowEditorPage() {
  const { t } = useTranslation();
  const flowId = useParams().flowId ?? '';
  // The last action's notice outlives the editor, which starts again on the version a save stored.
  const notice = useState<HeldNotice | null>(null);
  const versions = useQuery({
    queryKey: ['flow', flowId, 'versions'],
    queryFn: () => unwrap(api.GET('/api/admin/flows/{id}/versions', { params: { path: { id: flowId } } })),
  });
  const latest = versions.data?.items[0];
  const source = useQuery({
    queryKey: ['flow', flowId, 'version', latest?.version],
    enabled: latest !== undefined,
    queryFn: () =>
      unwrap(
        api.GET('/api/admin/flows/{id}/versions/{n}', { params: { path: { id: flowId, n: latest?.version ?? 0 } } }),
      ),
    staleTime: Infinity,
  });

  const error = versions.error ?? source.error;
  if (error) {
    return (
      <Alert color="red" role="alert">
        {problemMessage(t, error)}
      </Alert>
    );
  }
  if (!versions.data || !source.data) return <PageLoader />;
  const published = versions.data.items.find((item) => item.published)?.version ?? null;
  return (
    <FlowWorkbench
      // A new stored version (saved here or elsewhere) starts a fresh editor on it.
      key={`${flowId}:${source.data.version}`}
      flowId={flowId}
      title={source.data.definition.title ?? null}
      version={source.data.version}
      publishedVersion={published}
      initialSource={source.data.source ?? stringify(source.data.definition)}
      notice={notice}
    />
  );
}

function FlowWorkbench(props: {
  flowId: string;
  /** The stored version's title, what admins and officials call the flow (the id is for its authors). */
  title: string | null;
  version: number;
  publishedVersion: number | null;
  initialSource: string;
  notice: [HeldNotice | null, (notice: HeldNotice | null) => void];
}) {
  const { flowId, title, version, publishedVersion, initialSource } = props;
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canWrite = can('flows.write');
  const [draft, setDraftState] = useState(initialSource);
  const draftRef = useRef(initialSource);
  const setDraft = useCallback((value: string) => {
    draftRef.current = value;
    setDraftState(value);
  }, []);
  const [checkedDraft] = useDebouncedValue(draft, 400);
  const dirty = draft !== initialSource;
  // Saved, published or refused speaks of a stored version as it stands: editing the text makes it stale.
  const notice = useNotice(editorState(flowId, version, dirty), props.notice);

  const parsed = useMemo(() => parseDraft(checkedDraft), [checkedDraft]);
  const graph = useMemo(() => stepGraph(parsed.document), [parsed]);
  const [reveal, setReveal] = useState<{ from: number; to: number } | null>(null);
  // The graph is drawn from the checked text; the step is found again in the text as it is now.
  const openStep = useCallback((step: StepNode) => {
    setReveal(stepGraph(parseDraft(draftRef.current).document).nodes.find((node) => node.id === step.id) ?? step);
  }, []);
  const [rightPane, setRightPane] = useState<string | null>(can('flows.simulate') ? 'simulator' : 'graph');
  const validation = useQuery({
    queryKey: ['flow-validate', checkedDraft],
    enabled: canWrite && parsed.syntaxErrors.length === 0,
    queryFn: () => unwrap(api.POST('/api/admin/flows/validate', { body: { yaml: checkedDraft } })),
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
  const problems: FlowProblem[] =
    parsed.syntaxErrors.length > 0
      ? parsed.syntaxErrors.map((error) => syntaxProblem(flowId, error))
      : (validation.data?.problems ?? []);
  const checkedFor = parsed.syntaxErrors.length > 0 ? checkedDraft : validation.isPlaceholderData ? null : checkedDraft;

  const diagnostics = useMemo<Diagnostic[]>(() => {
    if (parsed.syntaxErrors.length > 0) {
      return parsed.syntaxErrors.map((error) => ({
        from: error.from,
        to: error.to,
        severity: 'error',
        message: flowProblemText(t, syntaxProblem(flowId, error)),
      }));
    }
    return (validation.data?.problems ?? []).flatMap((problem) => {
      const range = locateProblem(parsed.document, problem);
      return range ? [{ ...range, severity: 'error' as const, message: flowProblemText(t, problem) }] : [];
    });
  }, [parsed, validation.data, t, flowId]);

  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/admin/flows/{id}/versions', { params: { path: { id: flowId } }, body: { yaml: draft } })),
    onMutate: () => notice.clear(),
    onSuccess: (saved) => {
      // The page opens the new version in a fresh editor, where the notice shows.
      notice.show(t('editor.saved', { version: saved.version }), {
        state: editorState(flowId, saved.version, false),
      });
      return queryClient.invalidateQueries({ queryKey: ['flow', flowId] });
    },
    onError: (error) => notice.show(problemMessage(t, error), { color: 'red' }),
  });
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const publish = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/admin/flows/{id}/publish', { params: { path: { id: flowId } }, body: { version } })),
    onMutate: () => notice.clear(),
    onSuccess: (published) => {
      notice.show(t('editor.published', { version: published.version }));
      void queryClient.invalidateQueries({ queryKey: ['flow', flowId] });
      void queryClient.invalidateQueries({ queryKey: ['flows'] });
    },
    onError: (error) => notice.show(problemMessage(t, error), { color: 'red' }),
  });

  return (
    <Stack h="calc(100vh - 56px - 2 * var(--mantine-spacing-md))" gap="xs">
      <Group justify="space-between">
        <Group gap="xs">
          <Anchor component={Link} to="/flows" size="sm">
            {t('flows.back')}
          </Anchor>
          {title ? (
            <>
              <Title order={1} size="h4">
                {title}
              </Title>
              <Text size="sm" c="dimmed" ff="monospace">
                {flowId}
              </Text>
            </>
          ) : (
            <Title order={1} size="h4" ff="monospace">
              {flowId}
            </Title>
          )}
          <Badge variant="dot">{t('editor.editingVersion', { version })}</Badge>
          <Badge variant="dot" color={publishedVersion === version ? 'green' : 'gray'}>
            {publishedVersion === null
              ? t('flows.notPublished')
              : t('editor.publishedVersion', { version: publishedVersion })}
          </Badge>
          <Anchor component={Link} to={`/flows/${encodeURIComponent(flowId)}/history`} size="sm">
            {t('editor.history')}
          </Anchor>
          {dirty && (
            <Badge variant="dot" color="orange" data-testid="unsaved">
              {t('editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {canWrite && (
            <Button variant="default" onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty}>
              {t('editor.save')}
            </Button>
          )}
          {can('flows.publish') && (
            <Button
              onClick={() => setConfirmingPublish(true)}
              loading={publish.isPending}
              disabled={dirty || publishedVersion === version}
              title={dirty ? t('editor.saveFirst') : undefined}
            >
              {t('editor.publish', { version })}
            </Button>
          )}
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirmingPublish}
        title={t('editor.confirmPublish.title', { flowId, version })}
        confirmLabel={t('editor.publish', { version })}
        onConfirm={() => publish.mutate()}
        onClose={() => setConfirmingPublish(false)}
      >
        <Text size="sm">
          {publishedVersion === null
            ? t('editor.confirmPublish.first', { flowId, version })
            : t('editor.confirmPublish.replace', { flowId, version, published: publishedVersion })}
        </Text>
        <Text size="sm">{t('editor.confirmPublish.underWay')}</Text>
        {problems.length > 0 && (
          <Text size="sm" c="red.9">
            {t('editor.confirmPublish.problems', { count: problems.length })}
          </Text>
        )}
      </ConfirmDialog>
      {notice.notice && (
        <Alert color={notice.notice.color} role={notice.notice.color === 'red' ? 'alert' : 'status'}>
          {notice.notice.text}
        </Alert>
      )}
      <Flex flex={1} gap="md" direction={{ base: 'column', md: 'row' }} style={{ minHeight: 0 }}>
        <Box flex={7} miw={0} mih={320}>
          <Stack h="100%" gap="xs">
            <Box flex={1} style={{ minHeight: 0, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}>
              <YamlEditor
                initialValue={initialSource}
                onChange={setDraft}
                diagnostics={diagnostics}
                diagnosticsFor={checkedFor}
                readOnly={!canWrite}
                label={t('editor.label', { flowId })}
                reveal={reveal}
              />
            </Box>
            {canWrite && (
              <ProblemsList
                problems={problems}
                draft={parsed}
                checking={draft !== checkedDraft || validation.isFetching}
              />
            )}
          </Stack>
        </Box>
        <Box flex={5} miw={0} mih={320}>
          <Tabs value={rightPane} onChange={setRightPane} h="100%" display="flex" style={{ flexDirection: 'column' }}>
            <Tabs.List>
              {can('flows.simulate') && <Tabs.Tab value="simulator">{t('simulator.title')}</Tabs.Tab>}
              <Tabs.Tab value="graph">{t('graph.title')}</Tabs.Tab>
            </Tabs.List>
            {can('flows.simulate') && (
              <Tabs.Panel value="simulator" pt="xs" flex={1} style={{ minHeight: 0 }}>
                <SimulatorPane draft={draft} />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="graph" pt="xs" flex={1} style={{ minHeight: 0 }}>
              {rightPane === 'graph' && (
                <Suspense fallback={<PageLoader />}>
                  <FlowGraph graph={graph} onOpen={openStep} />
                </Suspense>
              )}
            </Tabs.Panel>
          </Tabs>
        </Box>
      </Flex>
    </Stack>
  );
}

/** What the editor's notice speaks of: the flow's stored version, and whether the text was changed since. */
function editorState(flowId: string, version: number, dirty: boolean): string {
  return `${flowId}:${version}:${dirty}`;
}

/** A YAML syntax error of the draft as a problem: the library's code and line, said in the UI's language. */
function syntaxProblem(flowId: string, error: ParsedDraft['syntaxErrors'][number]): FlowProblem {
  const params = { error: error.code, line: error.line, col: error.col, detail: error.message };
  return { kind: 'syntax', code: 'yaml_syntax', params, flowId, message: error.message };
}

/** The problems, each with the line of the draft it points at (a syntax error says its own line). */
function ProblemsList(props: { problems: FlowProblem[]; draft: ParsedDraft; checking: boolean }) {
  const { problems, draft, checking } = props;
  const { t } = useTranslation();
  return (
    <Box mah={160} style={{ overflow: 'auto' }} data-testid="problems">
      {problems.length === 0 ? (
        <Text size="sm" c={checking ? 'dimmed' : undefined}>
          {checking ? t('editor.checking') : t('editor.noProblems')}
        </Text>
      ) : (
        <>
          <Text size="sm" fw={600} c="red.9">
            {t('editor.problems', { count: problems.length })}
          </Text>
          <List size="sm" spacing={2}>
            {problems.map((problem, index) => (
              <List.Item key={index} data-testid="problem">
                {problem.code === 'yaml_syntax'
                  ? flowProblemText(t, problem)
                  : flowProblemText(t, problem, { line: problemLine(draft, problem) })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
