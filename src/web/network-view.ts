import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { DEFAULT_STYLES, Sigma } from 'sigma';
import type { MeetingLink, PeopleGraph, PersonNode } from './sync-graph.ts';

export interface NetworkViewHandlers {
  onNode(id: string): void;
  onEdge(key: string): void;
}

export interface NetworkView {
  readonly sigma: Sigma<PersonNode, MeetingLink>;
  /** Marks one person, or the two ends of one link, and their links; null clears. */
  highlight(selection: { readonly node: string } | { readonly edge: string } | null): void;
  /** Runs ForceAtlas2 in its worker for a while, then stops so an idle page uses no CPU. */
  relayout(): void;
  kill(): void;
}

/**
 * Draws the people graph with sigma (WebGL, so thousands of nodes pan smoothly) and lays it out
 * with ForceAtlas2 in a web worker, so the page stays responsive while positions settle. The
 * container's `data-layout` says `running` or `settled`, which tests and screenshots wait for.
 */
export function createNetworkView(container: HTMLElement, graph: PeopleGraph, handlers: NetworkViewHandlers): NetworkView {
  const sigma = new Sigma<PersonNode, MeetingLink>(graph, container, {
    // Sizes in screen pixels: with sigma 4's default (graph units) a three-person view fills the
    // screen. The wide padding leaves room for the labels of people at the edges.
    settings: { enableEdgeEvents: true, edgePickingPadding: 4, labelDensity: 0.8, itemSizesReference: 'screen', stagePadding: 130 },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        { when: (node) => node.isCenter, then: { labelVisibility: 'visible', depth: 'topNodes' } },
        { whenState: 'isHighlighted', then: { labelVisibility: 'visible', backdropVisibility: 'visible', depth: 'topNodes' } },
      ],
      edges: [DEFAULT_STYLES.edges, { whenState: 'isHighlighted', then: { color: '#222222', depth: 'topEdges' } }],
    },
  });
  sigma.on('clickNode', ({ node }) => handlers.onNode(node));
  sigma.on('clickEdge', ({ edge }) => handlers.onEdge(edge));

  let layout: FA2Layout<PersonNode, MeetingLink> | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    layout?.kill();
    layout = null;
    container.dataset.layout = 'settled';
  };

  return {
    sigma,
    highlight(selection) {
      const nodes = selection === null ? [] : 'node' in selection ? [selection.node] : graph.hasEdge(selection.edge) ? graph.extremities(selection.edge) : [];
      const edges = selection === null ? [] : 'node' in selection ? (graph.hasNode(selection.node) ? graph.edges(selection.node) : []) : graph.hasEdge(selection.edge) ? [selection.edge] : [];
      sigma.setNodesState(graph.nodes(), { isHighlighted: false });
      sigma.setEdgesState(graph.edges(), { isHighlighted: false });
      sigma.setNodesState(nodes.filter((id) => graph.hasNode(id)), { isHighlighted: true });
      sigma.setEdgesState(edges, { isHighlighted: true });
    },
    relayout() {
      clearTimeout(stopTimer);
      layout?.kill();
      if (graph.order < 2) {
        settle();
        return;
      }
      // Edges hide while panning only when there are very many: below that WebGL keeps up.
      sigma.setSetting('hideEdgesOnMove', graph.size > 2000);
      sigma.setSetting('hideLabelsOnMove', graph.order > 500);
      layout = new FA2Layout<PersonNode, MeetingLink>(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5 },
        getEdgeWeight: 'weight',
      });
      container.dataset.layout = 'running';
      layout.start();
      stopTimer = setTimeout(settle, Math.min(6000, 1200 + graph.order * 3));
    },
    kill() {
      clearTimeout(stopTimer);
      layout?.kill();
      sigma.kill();
    },
  };
}
