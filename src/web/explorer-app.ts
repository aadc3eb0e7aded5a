import { UndirectedGraph } from 'graphology';
import type { MeetingData, NetworkData, PersonData } from './api-types.ts';
import { assignCountryColors } from './country-colors.ts';
import { countByMonth } from './count-by-month.ts';
import { renderCountryLegend } from './country-legend.ts';
import { downloadFile } from './download-file.ts';
import { exportPng } from './export-png.ts';
import { PERSON_QUERY } from './explorer-queries.ts';
import { fetchMeetingPage, fetchMeetings } from './fetch-meetings.ts';
import { createFilterBar, type FilterBarElements, type FilterChange } from './filter-bar.ts';
import { filterByCountry } from './filter-by-country.ts';
import { graphToSubgraph } from './graph-to-subgraph.ts';
import type { GraphQLRequest } from './graphql-client.ts';
import { startLiveUpdates } from './live-updates.ts';
import { loadNetwork, meetingFilter } from './load-network.ts';
import { createNetworkView } from './network-view.ts';
import { createSearchBox } from './search-box.ts';
import { createSidePanel, type PanelPerson } from './side-panel.ts';
import { edgesToCsv, nodesToCsv } from './subgraph-to-csv.ts';
import { subgraphToGraphml } from './subgraph-to-graphml.ts';
import { subgraphToJson } from './subgraph-to-json.ts';
import { loadSummary, renderSummary, summaryTarget, type SummaryTarget } from './summary-view.ts';
import { syncGraph, type MeetingLink, type PersonNode } from './sync-graph.ts';
import { renderTimeHistogram } from './time-histogram.ts';
import { pairKey } from './union-networks.ts';
import { formatViewState, parseViewState, type ViewState } from './url-state.ts';

export interface ExplorerElements {
  readonly graph: HTMLElement;
  readonly legend: HTMLElement;
  readonly panel: HTMLElement;
  /** The country or topic view, over the network's place when no person is chosen. */
  readonly summary: HTMLElement;
  readonly histogram: HTMLElement;
  readonly status: HTMLElement;
  readonly alert: HTMLElement;
  readonly search: HTMLInputElement;
  readonly searchOptions: HTMLUListElement;
  readonly exports: HTMLElement;
  readonly filters: FilterBarElements;
}

export interface ExplorerOptions {
  /** The GraphQL endpoint, for the `graphChanged` subscription. @default '/graphql' */
  readonly endpoint?: string;
  /** How often the view is asked again while the subscription is down. @default 10000 */
  readonly pollMs?: number;
}

type Selection = { readonly type: 'person'; readonly id: string } | { readonly type: 'pair'; readonly a: string; readonly b: string };

const PANEL_PAGE = 50;
const HISTOGRAM_LIMIT = 500;

/**
 * The explorer: the URL's view drawn as a network, the side panel for what is selected, the
 * filters and exports, and live updates that merge in meetings ingested while the page is open.
 * All state lives in this closure; the page talks to the server only through `request`.
 */
export function startExplorer(elements: ExplorerElements, request: GraphQLRequest, options: ExplorerOptions = {}): () => void {
  const graph = new UndirectedGraph<PersonNode, MeetingLink>();
  let view: ViewState = parseViewState(location.search);
  let center: PersonData | null = null;
  let network: NetworkData = { nodes: [], edges: [] };
  // Colours stay with their countries while the centre stays, whatever the filters.
  let countryColors: ReadonlyMap<string, string> = new Map();
  let signature = '';
  let selection: Selection | null = null;
  // `of`: the selection these meetings were loaded for, so a refresh compares like with like.
  let shown: { of: Selection | null; meetings: MeetingData[]; totalCount: number; cursor: string | null; hasMore: boolean } = { of: null, meetings: [], totalCount: 0, cursor: null, hasMore: false };
  let loads = 0;
  let selects = 0;
  let controller: AbortController | null = null;

  const announce = (text: string) => {
    elements.status.textContent = text;
  };
  const showError = (error: unknown) => {
    if ((error as Error).name === 'AbortError') return;
    elements.alert.hidden = false;
    elements.alert.textContent = `Could not load: ${(error as Error).message}`;
  };

  const networkView = createNetworkView(elements.graph, graph, {
    onNode: (id) => void selectPerson(id),
    onEdge: (key) => {
      const [source, target] = graph.extremities(key);
      const first = selection?.type === 'person' && selection.id === target ? target : source;
      void selectPair(first, first === source ? target : source);
    },
  });

  const panel = createSidePanel(elements.panel, {
    onCentre: (id) => void openView({ ...view, person: id, expand: [] }, 'push'),
    onExpand: (id) => void openView({ ...view, expand: [...view.expand, id] }, 'push', id),
    onPair: (a, b) => void selectPair(a, b, true),
    onPerson: (person) => void selectPerson(person.id, true),
    onMore: () => void loadMeetings(false),
  });

  const filters = createFilterBar(elements.filters, request, (change: FilterChange) => {
    const keep = selection?.type === 'person' ? selection.id : undefined;
    void openView({ ...view, ...change }, 'replace', keep);
  });

  createSearchBox({
    input: elements.search,
    listbox: elements.searchOptions,
    request,
    onPerson: (person) => void openView({ ...view, person: person.id, expand: [] }, 'push'),
    onText: (text) => void openView({ ...view, person: text, expand: [] }, 'push'),
  });

  function countries(): { iso2: string; name: string }[] {
    const byCode = new Map<string, string>();
    for (const node of network.nodes) if (node.person.country) byCode.set(node.person.country.iso2, node.person.country.name);
    return [...byCode].map(([iso2, name]) => ({ iso2, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Draws the network through the country filter; returns whether anyone or any link is new. */
  function applyNetwork(next: NetworkData): boolean {
    network = next;
    signature = networkSignature(next);
    if (center === null) return false;
    const visible = filterByCountry(next, view.country, center.id);
    const colors = assignCountryColors(visible.nodes.map((node) => node.person.country?.iso2 ?? null), countryColors);
    countryColors = colors.remembered;
    const result = syncGraph(graph, visible, center.id, colors);
    const names = new Map(countries().map((country) => [country.iso2, country.name]));
    const codes = visible.nodes.map((node) => node.person.country?.iso2 ?? null);
    renderCountryLegend(elements.legend, colors, names, codes.some((code) => code !== null && !colors.named.has(code)), codes.includes(null));
    filters.show(view, countries());
    return result.addedNodes.length > 0 || result.addedEdges.length > 0 || result.removedNodes.length > 0;
  }

  async function resolvePerson(text: string, signal: AbortSignal): Promise<PersonData | null> {
    const variables = text.startsWith('person:') ? { id: text } : { name: text };
    return (await request<{ person: PersonData | null }>(PERSON_QUERY, variables, signal)).person;
  }

  async function openView(next: ViewState, history: 'push' | 'replace' | 'none', select?: string): Promise<void> {
    view = next;
    const url = `${location.pathname}${formatViewState(view)}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    const token = ++loads;
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    elements.alert.hidden = true;
    filters.show(view, countries());
    if (view.person === null) {
      clearView();
      const target = summaryTarget(view);
      if (target === null) panel.showMessage('Search for a person to see whom they met.');
      else await showSummary(target, signal, token);
      return;
    }
    elements.summary.hidden = true;
    elements.graph.setAttribute('aria-busy', 'true');
    try {
      const person = await resolvePerson(view.person, signal);
      if (token !== loads) return;
      if (person === null) {
        clearView();
        panel.showMessage(`No one called “${view.person}” is known.`);
        return;
      }
      if (center?.id !== person.id) {
        graph.clear();
        countryColors = new Map();
      }
      center = person;
      if (document.activeElement !== elements.search) elements.search.value = person.name;
      document.title = `${person.name} · Parley`;
      const loaded = await loadNetwork(request, view, person.id, signal);
      if (token !== loads) return;
      applyNetwork(loaded);
      networkView.relayout();
      void refreshHistogram(signal);
      await selectPerson(select !== undefined && graph.hasNode(select) ? select : person.id);
    } catch (error) {
      showError(error);
    } finally {
      if (token === loads) elements.graph.setAttribute('aria-busy', 'false');
    }
  }

  /** A country's or a topic's view: counts drawn as lists and bars, months in the histogram. */
  async function showSummary(target: SummaryTarget, signal: AbortSignal, token: number): Promise<void> {
    try {
      const summary = await loadSummary(request, view, target, signal);
      if (token !== loads) return;
      if (summary === null) {
        panel.showMessage(`No country “${view.country}” is known.`);
        return;
      }
      document.title = `${summary.title} · Parley`;
      elements.summary.hidden = false;
      renderSummary(elements.summary, summary, target, {
        onPerson: (id) => void openView({ ...view, person: id, country: null, expand: [] }, 'push'),
        onCountry: (iso2) => void openView({ ...view, person: null, topic: null, country: iso2, expand: [] }, 'push'),
        onTopic: (topic) => void openView({ ...view, person: null, country: null, topic, expand: [] }, 'push'),
      });
      renderTimeHistogram(elements.histogram, summary.months, 0, view, (month, extend) => {
        const from = extend && view.from ? (month < view.from ? month : view.from) : month;
        const to = extend && view.to ? (month > view.to ? month : view.to) : month;
        void openView({ ...view, from, to }, 'replace');
      });
      if (target.type === 'country') filters.show(view, [{ iso2: target.iso2, name: summary.countryName ?? target.iso2 }]);
      panel.showMessage(target.type === 'country' ? 'Choose a person to see whom they met.' : 'Choose a person to see whom they met on this topic.');
    } catch (error) {
      showError(error);
    }
  }

  function clearView() {
    elements.summary.hidden = true;
    elements.summary.replaceChildren();
    center = null;
    network = { nodes: [], edges: [] };
    signature = '';
    selection = null;
    graph.clear();
    elements.legend.replaceChildren();
    elements.histogram.replaceChildren();
    document.title = 'Parley explorer';
  }

  async function selectPerson(id: string, focus = false): Promise<void> {
    selection = { type: 'person', id };
    networkView.highlight({ node: id });
    let person: PanelPerson;
    if (graph.hasNode(id)) {
      const node = graph.getNodeAttributes(id);
      person = { id, name: node.name, names: node.names, title: node.title, countryName: node.countryName, isCenter: node.isCenter, isExpanded: view.expand.includes(id) };
    } else {
      const found = await resolvePerson(id, new AbortController().signal);
      if (found === null) return;
      person = { id, name: found.name, names: found.names, title: found.title ?? null, countryName: found.country?.name ?? null, isCenter: id === center?.id, isExpanded: view.expand.includes(id) };
    }
    const counterparts = graph.hasNode(id)
      ? graph
          .edges(id)
          .map((key) => {
            const other = graph.opposite(id, key);
            const link = graph.getEdgeAttributes(key);
            return { id: other, name: graph.getNodeAttribute(other, 'name'), meetingCount: link.meetingCount, lastDate: link.lastDate };
          })
          .sort((a, b) => b.meetingCount - a.meetingCount || a.name.localeCompare(b.name))
      : [];
    panel.showPerson(person, counterparts);
    if (focus) elements.panel.querySelector<HTMLElement>('#panel-heading')?.focus();
    await loadMeetings(true);
  }

  async function selectPair(a: string, b: string, focus = false): Promise<void> {
    selection = { type: 'pair', a, b };
    networkView.highlight({ edge: pairKey(a, b) });
    const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
    panel.showPair({ id: a, name: name(a) }, { id: b, name: name(b) });
    if (focus) elements.panel.querySelector<HTMLElement>('#panel-heading')?.focus();
    await loadMeetings(true);
  }

  /** The selection's meetings within the filters: the first page, or the next one. */
  async function loadMeetings(fresh: boolean): Promise<void> {
    if (selection === null) return;
    const token = fresh ? ++selects : selects;
    const of = selection;
    const participants = selection.type === 'person' ? [selection.id] : [selection.a, selection.b];
    try {
      const page = await fetchMeetingPage(request, meetingFilter(view, participants), PANEL_PAGE, fresh ? null : shown.cursor);
      if (token !== selects) return;
      const meetings = fresh ? [] : shown.meetings;
      shown = { of, meetings: [...meetings, ...page.edges.map((edge) => edge.node)], totalCount: page.totalCount, cursor: page.pageInfo.endCursor, hasMore: page.pageInfo.hasNextPage };
      panel.showMeetings(shown.meetings, shown.totalCount, shown.hasMore);
    } catch (error) {
      showError(error);
    }
  }

  /** Meetings per month of the centre under every filter but the time range, which it sets. */
  async function refreshHistogram(signal?: AbortSignal): Promise<void> {
    if (center === null) return;
    const { meetings } = await fetchMeetings(request, { participants: [center.id], kind: view.kind, topic: view.topic }, HISTOGRAM_LIMIT, signal).catch((error: unknown) => {
      showError(error);
      return { meetings: [] as MeetingData[] };
    });
    const { months, undated } = countByMonth(meetings.map((meeting) => meeting.date));
    renderTimeHistogram(elements.histogram, months, undated, view, (month, extend) => {
      const from = extend && view.from ? (month < view.from ? month : view.from) : month;
      const to = extend && view.to ? (month > view.to ? month : view.to) : month;
      const keep = selection?.type === 'person' ? selection.id : undefined;
      void openView({ ...view, from, to }, 'replace', keep);
    });
  }

  /** On a change: asks for the view again and merges what changed, keeping positions and selection. */
  async function refresh(): Promise<void> {
    // A country or topic view is drawn again whole: its counts all move together.
    if (center === null && summaryTarget(view) !== null) return openView(view, 'none');
    if (center === null || elements.graph.getAttribute('aria-busy') === 'true') return;
    const token = loads;
    try {
      const next = await loadNetwork(request, view, center.id);
      if (token !== loads) return;
      if (networkSignature(next) !== signature) {
        const before = graph.order;
        if (applyNetwork(next)) networkView.relayout();
        if (selection) networkView.highlight(selection.type === 'person' ? { node: selection.id } : { edge: pairKey(selection.a, selection.b) });
        void refreshHistogram();
        const added = graph.order - before;
        announce(added > 0 ? `${added} new ${added === 1 ? 'person' : 'people'} in this view` : 'New meetings in this view');
      }
      if (selection !== null) {
        const participants = selection.type === 'person' ? [selection.id] : [selection.a, selection.b];
        const page = await fetchMeetingPage(request, meetingFilter(view, participants), 1, null);
        // Only against the meetings shown for this very selection: one still loading is not stale.
        if (token === loads && shown.of === selection && page.totalCount !== shown.totalCount) {
          const added = page.totalCount - shown.totalCount;
          // Re-showing the selection keeps the keyboard where it was.
          const focused = document.activeElement?.id === 'panel-heading';
          if (selection.type === 'person') await selectPerson(selection.id, focused);
          else await selectPair(selection.a, selection.b, focused);
          if (added > 0) announce(`${added} new ${added === 1 ? 'meeting' : 'meetings'}`);
        }
      }
    } catch {
      // A failed refresh is retried at the next change or poll; the view on screen stays as it was.
    }
  }

  elements.exports.addEventListener('click', (event) => {
    const kind = (event.target as HTMLElement).closest<HTMLElement>('[data-export]')?.dataset.export;
    if (!kind || center === null) return;
    const base = `parley-${center.id.replace(/^person:/, '')}`;
    const subgraph = graphToSubgraph(graph, formatViewState(view));
    if (kind === 'json') downloadFile(`${base}.json`, subgraphToJson(subgraph), 'application/json');
    if (kind === 'graphml') downloadFile(`${base}.graphml`, subgraphToGraphml(subgraph), 'application/graphml+xml');
    if (kind === 'nodes-csv') downloadFile(`${base}-people.csv`, nodesToCsv(subgraph), 'text/csv');
    if (kind === 'edges-csv') downloadFile(`${base}-links.csv`, edgesToCsv(subgraph), 'text/csv');
    if (kind === 'png') {
      const range = view.from || view.to ? ` · ${view.from ?? '…'} to ${view.to ?? '…'}` : '';
      exportPng(networkView.sigma, `Parley · ${center.name}${range}`).then((blob) => downloadFile(`${base}.png`, blob, 'image/png'), showError);
    }
  });

  const onPopState = () => void openView(parseViewState(location.search), 'none');
  window.addEventListener('popstate', onPopState);
  const stopLiveUpdates = startLiveUpdates(refresh, { endpoint: options.endpoint ?? '/graphql', pollMs: options.pollMs ?? 10_000 });
  void openView(view, 'none');

  return () => {
    stopLiveUpdates();
    window.removeEventListener('popstate', onPopState);
    controller?.abort();
    networkView.kill();
  };
}

/** What a poll compares: who is in the view with how many meetings, and every link's count. */
function networkSignature(network: NetworkData): string {
  const nodes = network.nodes.map((node) => `${node.person.id}:${node.meetingCount}`).sort();
  const edges = network.edges.map((edge) => `${pairKey(edge.source, edge.target)}:${edge.meetingCount}`).sort();
  return `${nodes.join(',')}/${edges.join(',')}`;
}
