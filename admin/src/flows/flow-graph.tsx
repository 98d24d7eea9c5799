import '@xyflow/react/dist/style.css';
import dagre from '@dagrejs/dagre';
import { Text, UnstyledButton } from '@mantine/core';
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepEdge, StepGraph, StepNode } from './step-graph';

const NODE_WIDTH = 180;
const NODE_HEIGHT = 52;

/** Top to bottom, the way a conversation reads (dagre's layered layout). */
function layout(graph: StepGraph): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 50 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) if (edge.from !== edge.to) g.setEdge(edge.from, edge.to);
  dagre.layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of graph.nodes) {
    const placed = g.node(node.id);
    positions.set(node.id, { x: (placed?.x ?? 0) - NODE_WIDTH / 2, y: (placed?.y ?? 0) - NODE_HEIGHT / 2 });
  }
  return positions;
}

/**
 * The steps of the draft as a diagram (React Flow), redrawn as the text changes. Each step is a button (reachable by
 * keyboard): it selects the step in the YAML editor.
 */
export default function FlowGraph({ graph, onOpen }: { graph: StepGraph; onOpen: (step: StepNode) => void }) {
  const { t } = useTranslation();
  const edgeLabel = (edge: StepEdge): string | undefined => {
    if (edge.kind === 'next') return undefined;
    if (edge.kind === 'outcome') return t(`graph.outcome.${edge.detail}`, { defaultValue: edge.detail ?? '' });
    return t(`graph.edge.${edge.kind}`, { detail: edge.detail });
  };
  const { nodes, edges } = useMemo(() => {
    const positions = layout(graph);
    const nodes: Node[] = graph.nodes.map((step) => ({
      id: step.id,
      position: positions.get(step.id) ?? { x: 0, y: 0 },
      width: NODE_WIDTH,
      style: step.start ? { borderWidth: 2, borderColor: 'var(--mantine-color-blue-8)' } : undefined,
      data: {
        label: (
          <UnstyledButton
            className="nodrag"
            aria-label={t('graph.open', { step: step.id })}
            data-testid="graph-step"
            w="100%"
          >
            <Text size="xs" ff="monospace" fw={700} truncate>
              {step.id}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {step.start ? `${t('graph.start')} · ` : ''}
              {step.type ? t(`graph.type.${step.type}`, { defaultValue: step.type }) : '?'}
            </Text>
          </UnstyledButton>
        ),
      },
    }));
    const edges: Edge[] = graph.edges.map((edge, index) => {
      const label = edgeLabel(edge);
      return {
        id: `${edge.from}-${edge.to}-${index}`,
        source: edge.from,
        target: edge.to,
        markerEnd: { type: MarkerType.ArrowClosed },
        ...(label ? { label, labelStyle: { fontSize: 11 } } : {}),
      };
    });
    return { nodes, edges };
    // edgeLabel only reads t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, onOpen, t]);

  if (graph.nodes.length === 0) return <Text size="sm">{t('graph.empty')}</Text>;
  return (
    <div style={{ height: '100%', minHeight: 320 }} data-testid="flow-graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        // The click of the step's button (mouse or keyboard) reaches the node.
        onNodeClick={(_event, node) => {
          const step = graph.nodes.find((item) => item.id === node.id);
          if (step) onOpen(step);
        }}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        minZoom={0.2}
        ariaLabelConfig={{
          'controls.ariaLabel': t('graph.controls'),
          'controls.zoomIn.ariaLabel': t('graph.zoomIn'),
          'controls.zoomOut.ariaLabel': t('graph.zoomOut'),
          'controls.fitView.ariaLabel': t('graph.fitView'),
        }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
