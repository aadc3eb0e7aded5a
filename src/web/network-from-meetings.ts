import type { MeetingData, NetworkData, NetworkEdgeData, NetworkNodeData, PersonData } from './api-types.ts';
import { laterDate, pairKey, unionTopics } from './union-networks.ts';

/**
 * A network built from a list of meetings, for filters `meetingNetwork` does not take (kind):
 * everyone who attended is a node, counted over these meetings; every two people at one meeting
 * are linked. Hops: 0 for the centre, 1 for people who met the centre here, 2 for the rest.
 */
export function networkFromMeetings(centerId: string, meetings: readonly MeetingData[]): NetworkData {
  const unique = [...new Map(meetings.map((meeting) => [meeting.id, meeting])).values()];
  const people = new Map<string, PersonData>();
  const counts = new Map<string, number>();
  const nearCenter = new Set<string>([centerId]);
  const edges = new Map<string, NetworkEdgeData>();
  for (const meeting of unique) {
    const ids = [...new Set(meeting.participants.map((person) => person.id))];
    for (const person of meeting.participants) people.set(person.id, person);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (ids.includes(centerId)) for (const id of ids) nearCenter.add(id);
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const [source, target] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
        const key = pairKey(source, target);
        const seen = edges.get(key);
        edges.set(key, {
          source,
          target,
          meetingCount: (seen?.meetingCount ?? 0) + 1,
          lastDate: laterDate(seen?.lastDate ?? null, meeting.date),
          topics: unionTopics(seen?.topics ?? [], meeting.topics),
        });
      }
    }
  }
  const nodes: NetworkNodeData[] = [...people.values()].map((person) => ({
    person,
    meetingCount: counts.get(person.id) ?? 0,
    depth: person.id === centerId ? 0 : nearCenter.has(person.id) ? 1 : 2,
  }));
  nodes.sort((a, b) => a.depth - b.depth || b.meetingCount - a.meetingCount || a.person.name.localeCompare(b.person.name));
  return { nodes, edges: [...edges.values()] };
}
