import { ParleyError } from '../../errors.ts';
import { readNetwork } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { pageSize } from '../cursor.ts';
import { idsNamed, widenDate } from './meeting-filter.ts';
import { networkMetrics, type NodeMetrics } from './network-metrics.ts';

interface NetworkArgs {
  personId: string;
  depth?: number | null;
  from?: string | null;
  to?: string | null;
  topic?: string | null;
  first?: number | null;
}

/** `meetingNetwork`: the people around one person and how often each two of them met. */
export async function queryMeetingNetwork(_: unknown, args: NetworkArgs, context: RequestContext) {
  const depth = args.depth ?? 1;
  if (depth !== 1 && depth !== 2) throw new ParleyError('BAD_USER_INPUT', 'depth: must be 1 or 2', { issues: [{ path: 'depth', message: 'must be 1 or 2' }] });
  const filters = {
    from: widenDate(args.from, 'from'),
    to: widenDate(args.to, 'to'),
    topicIds: args.topic ? await idsNamed(context, 'Topic', args.topic) : null,
  };
  const network = await readNetwork(context.graph, { personId: args.personId, depth, ...filters, first: pageSize(args.first, 'first', 200, 2000) });
  // Computed once, and only when a metric is selected: betweenness costs people × links.
  let metrics: Map<string, NodeMetrics> | undefined;
  const metric = (id: string, name: keyof NodeMetrics) => () => (metrics ??= networkMetrics(network.nodes, network.edges)).get(id)![name];
  return {
    nodes: network.nodes.map((node) => ({
      ...node,
      person: () => context.loaders.person.load(node.personId),
      degree: metric(node.personId, 'degree'),
      weightedDegree: metric(node.personId, 'weightedDegree'),
      betweenness: metric(node.personId, 'betweenness'),
      community: metric(node.personId, 'community'),
    })),
    // A link's topics are read only when selected, for all selected links in one statement.
    edges: network.edges.map((edge) => ({ ...edge, topics: () => context.loaders.pairTopics.load({ a: edge.source, b: edge.target, ...filters }) })),
  };
}
