import type { MeetingData, MeetingFilterInput, NetworkData } from './api-types.ts';
import { NETWORK_QUERY } from './explorer-queries.ts';
import { fetchMeetings } from './fetch-meetings.ts';
import type { GraphQLRequest } from './graphql-client.ts';
import { networkFromMeetings } from './network-from-meetings.ts';
import { unionNetworks } from './union-networks.ts';
import type { ViewState } from './url-state.ts';

/** People the centre's network may hold: sigma stays smooth well past this, the layout too. */
export const MAX_PEOPLE = 2000;
/** Expanded people count and ask once each: keep a view to a bounded number of requests. */
export const MAX_EXPANDED = 10;
const MAX_MEETINGS_PER_PERSON = 500;
const MAX_SECOND_HOP_PEOPLE = 40;

/** The filters a view puts on every meeting it reads, for one participant. */
export function meetingFilter(state: ViewState, participants: readonly string[]): MeetingFilterInput {
  return { participants, kind: state.kind, topic: state.topic, from: state.from, to: state.to };
}

/**
 * The network a view draws: the centre's, to its depth, joined with each expanded person's own.
 * `meetingNetwork` cannot filter by kind, so with a kind the network is built from the meetings of
 * that kind instead (depth 2 then asks for the meetings of up to 40 of the nearest people).
 */
export async function loadNetwork(request: GraphQLRequest, state: ViewState, centerId: string, signal?: AbortSignal): Promise<NetworkData> {
  const expanded = state.expand.filter((id) => id !== centerId).slice(0, MAX_EXPANDED);
  if (state.kind === null) {
    const ask = async (personId: string, depth: number, first: number) =>
      (await request<{ meetingNetwork: NetworkData }>(NETWORK_QUERY, { personId, depth, from: state.from, to: state.to, topic: state.topic, first }, signal)).meetingNetwork;
    const centre = await ask(centerId, state.depth, MAX_PEOPLE);
    const around = await Promise.all(expanded.map(async (id) => shiftDepth(await ask(id, 1, 500), depthIn(centre, id))));
    return unionNetworks([centre, ...around]);
  }
  const meetingsOf = async (id: string) => (await fetchMeetings(request, meetingFilter(state, [id]), MAX_MEETINGS_PER_PERSON, signal)).meetings;
  const own = await meetingsOf(centerId);
  const firstHop = networkFromMeetings(centerId, own);
  const secondHop = state.depth === 2 ? firstHop.nodes.filter((node) => node.depth === 1).slice(0, MAX_SECOND_HOP_PEOPLE).map((node) => node.person.id) : [];
  const more: MeetingData[] = [];
  for (const batch of chunks([...new Set([...secondHop, ...expanded])], 4)) {
    for (const meetings of await Promise.all(batch.map(meetingsOf))) more.push(...meetings);
  }
  return networkFromMeetings(centerId, [...own, ...more]);
}

function depthIn(network: NetworkData, id: string): number {
  return network.nodes.find((node) => node.person.id === id)?.depth ?? 1;
}

/** An expanded person's network counted in hops from the view's centre rather than from them. */
function shiftDepth(network: NetworkData, by: number): NetworkData {
  return { ...network, nodes: network.nodes.map((node) => ({ ...node, depth: node.depth + by })) };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
