/**
 * The five questions, each asked three ways with the same meaning: Parley's GraphQL API, the
 * peer (@neo4j/graphql over the same labels) and hand-written Cypher. `answer` reduces each
 * way's result to a comparable form, so a run fails when the ways disagree.
 */
export interface Subject {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly counterpartId: string;
  readonly topicId: string;
  /** A country at the same level (hub, median, tail by meetings attended) for the count question. */
  readonly countryId: string;
}

export interface Way {
  readonly query: string;
  readonly variables: (s: Subject) => Record<string, unknown>;
  readonly answer: (result: unknown, s: Subject) => unknown;
}

export interface Question {
  readonly id: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6';
  readonly title: string;
  readonly parley: Way;
  readonly peer: Way;
  readonly raw: Way;
}

export const FROM = '2012-01-01';
export const TO = '2025-12-31';
/** The year of the count question. */
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

/**
 * Q6 by hand: a country's meetings in a year, counted per year and country dyad, each meeting
 * once per pair of the distinct countries its people came from. The peer runs it as @cypher.
 */
export const DYAD_COUNTS_CYPHER = `MATCH (:Country {id: $country})<-[:FROM]-(:Person)-[:ATTENDED]->(m:Meeting)
  WHERE m.day >= date($from) AND m.day <= date($to)
  WITH DISTINCT m
  MATCH (m)<-[:ATTENDED]-(:Person)-[:FROM]->(c:Country)
  WITH m, c ORDER BY c.iso2
  WITH m, collect(DISTINCT c.iso2) AS codes
  UNWIND range(0, size(codes) - 2) AS i
  UNWIND range(i + 1, size(codes) - 1) AS j
  WITH toString(m.day.year) + '|' + codes[i] + '–' + codes[j] AS key, count(*) AS count
  ORDER BY count DESC, key`;

const bucketsOf = (rows: readonly { key: string; count: number }[]) => rows.map((row) => `${row.key}=${Number(row.count)}`);

type Rows = Record<string, unknown>[];
const data = (r: unknown) => (r as { data: Record<string, unknown> }).data;

export const QUESTIONS: readonly Question[] = [
  {
    id: 'Q1',
    title: 'meetings of two people in a date range, newest 20, with place, topics, participants, sources',
    parley: {
      query: `query Q1($ids: [ID!], $from: Date, $to: Date) { meetings(filter: {participants: $ids, from: $from, to: $to}, first: 20) {
        edges { node { id date place { name } topics { name } participants { name } sources { article { url } } } } } }`,
      variables: (s) => ({ ids: [s.id, s.counterpartId], from: FROM, to: TO }),
      answer: (r) => (data(r).meetings as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id),
    },
    peer: {
      query: `query Q1($a: ID!, $b: ID!, $from: Date!, $to: Date!) { meetings(where: {AND: [{participants: {some: {id: {eq: $a}}}}, {participants: {some: {id: {eq: $b}}}}, {day: {gte: $from, lte: $to}}]}, sort: [{sortKey: DESC}], limit: 20) {
        id date place { name } topics { name } participants { name } sources { url } } }`,
      variables: (s) => ({ a: s.id, b: s.counterpartId, from: FROM, to: TO }),
      answer: (r) => (data(r).meetings as { id: string }[]).map((m) => m.id),
    },
    raw: {
      query: `MATCH (:Person {id: $a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Person {id: $b})
        WHERE m.day >= date($from) AND m.day <= date($to)
        WITH m ORDER BY m.sortKey DESC LIMIT 20
        RETURN m.id AS id, m.date AS date, [(m)-[:HELD_IN]->(p) | p.name] AS place, [(m)-[:ABOUT]->(t) | t.name] AS topics,
               [(m)<-[:ATTENDED]-(p) | p.name] AS participants, [(m)-[:REPORTED_BY]->(a) | a.url] AS sources`,
      variables: (s) => ({ a: s.id, b: s.counterpartId, from: FROM, to: TO }),
      answer: (r) => (r as Rows).map((row) => row.id),
    },
  },
  {
    id: 'Q2',
    title: "a person's counterparts with meeting counts",
    parley: {
      query: `query Q2($id: ID) { person(id: $id) { counterparts(first: 20) { person { id name } meetingCount } } }`,
      variables: (s) => ({ id: s.id }),
      answer: (r) => ((data(r).person as { counterparts: { meetingCount: number }[] }).counterparts).map((c) => c.meetingCount),
    },
    peer: {
      query: `query Q2($id: ID!) { counterparts(personId: $id) { id name meetingCount } }`,
      variables: (s) => ({ id: s.id }),
      answer: (r) => (data(r).counterparts as { meetingCount: number }[]).map((c) => c.meetingCount),
    },
    raw: {
      query: `MATCH (:Person {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
        WITH o, count(DISTINCT m) AS meetingCount ORDER BY meetingCount DESC, o.name LIMIT 20
        RETURN o.id AS id, o.name AS name, meetingCount`,
      variables: (s) => ({ id: s.id }),
      answer: (r) => (r as Rows).map((row) => Number(row.meetingCount)),
    },
  },
  {
    id: 'Q3',
    title: 'meeting network at depth 2, top 50 people by meetings',
    parley: {
      query: `query Q3($id: ID!) { meetingNetwork(personId: $id, depth: 2, first: 50) { nodes { person { id } meetingCount } edges { source target meetingCount } } }`,
      variables: (s) => ({ id: s.id }),
      answer: (r) => {
        const network = data(r).meetingNetwork as { nodes: { meetingCount: number }[]; edges: unknown[] };
        return [network.nodes.map((n) => n.meetingCount).sort((a, b) => b - a), network.edges.length];
      },
    },
    peer: {
      query: `query Q3($id: ID!) { network(personId: $id) { id meetingCount edgeCount } }`,
      variables: (s) => ({ id: s.id }),
      answer: (r) => {
        const nodes = data(r).network as { meetingCount: number; edgeCount: number }[];
        return [nodes.map((n) => n.meetingCount).sort((a, b) => b - a), nodes[0]?.edgeCount ?? 0];
      },
    },
    raw: {
      query: `MATCH (c:Person {id: $id})
        OPTIONAL MATCH (c)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(p1:Person)
        WITH c, collect(DISTINCT p1) AS level1
        UNWIND level1 + [null] AS near
        OPTIONAL MATCH (near)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(p2:Person)
        WITH c, level1, collect(DISTINCT p2) AS level2
        WITH [c] + level1 + [p IN level2 WHERE p <> c AND NOT p IN level1] AS everyone
        UNWIND everyone AS person
        WITH everyone[0] AS c, person, COUNT { (person)-[:ATTENDED]->(:Meeting) } AS meetingCount
        ORDER BY person = c DESC, meetingCount DESC, person.name LIMIT 50
        WITH collect({id: person.id, meetingCount: meetingCount}) AS nodes, collect(person) AS people
        CALL (people) {
          UNWIND people AS a
          MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
          WHERE a.id < b.id AND b IN people
          WITH a, b, count(DISTINCT m) AS together
          RETURN collect({source: a.id, target: b.id, meetingCount: together}) AS edges
        }
        UNWIND nodes AS node
        RETURN node.id AS id, node.meetingCount AS meetingCount, size(edges) AS edgeCount`,
      variables: (s) => ({ id: s.id }),
      answer: (r) => [(r as Rows).map((row) => Number(row.meetingCount)).sort((a, b) => b - a), Number((r as Rows)[0]?.edgeCount ?? 0)],
    },
  },
  {
    id: 'Q4',
    title: 'people(search) by a name in English, simplified or traditional Chinese',
    parley: {
      query: `query Q4($q: String!) { people(search: $q, first: 10) { id name } }`,
      variables: (s) => ({ q: s.names[0] }),
      answer: (r, s) => (data(r).people as { id: string }[]).some((p) => p.id === s.id),
    },
    peer: {
      query: `query Q4($q: String!) { searchPeople(phrase: $q) { id name } }`,
      variables: (s) => ({ q: s.names[0] }),
      answer: (r, s) => (data(r).searchPeople as { id: string }[]).some((p) => p.id === s.id),
    },
    raw: {
      query: `CALL db.index.fulltext.queryNodes('person_names', $q) YIELD node, score
        RETURN node.id AS id, node.name AS name ORDER BY score DESC LIMIT 10`,
      variables: (s) => ({ q: `"${s.names[0]}"` }),
      answer: (r, s) => (r as Rows).some((row) => row.id === s.id),
    },
  },
  {
    id: 'Q5',
    title: "a person's meetings on a topic in a date range, newest 20, with totalCount",
    parley: {
      query: `query Q5($ids: [ID!], $topic: String, $from: Date, $to: Date) { meetings(filter: {participants: $ids, topic: $topic, from: $from, to: $to}, first: 20) { totalCount edges { node { id } } } }`,
      variables: (s) => ({ ids: [s.id], topic: s.topicId, from: FROM, to: TO }),
      answer: (r) => {
        const m = data(r).meetings as { totalCount: number; edges: { node: { id: string } }[] };
        return [m.totalCount, m.edges.map((e) => e.node.id)];
      },
    },
    peer: {
      query: `query Q5($id: ID!, $topic: ID!, $from: Date!, $to: Date!) {
        meetings(where: {AND: [{participants: {some: {id: {eq: $id}}}}, {topics: {some: {id: {eq: $topic}}}}, {day: {gte: $from, lte: $to}}]}, sort: [{sortKey: DESC}], limit: 20) { id }
        meetingsConnection(where: {AND: [{participants: {some: {id: {eq: $id}}}}, {topics: {some: {id: {eq: $topic}}}}, {day: {gte: $from, lte: $to}}]}) { aggregate { count { nodes } } } }`,
      variables: (s) => ({ id: s.id, topic: s.topicId, from: FROM, to: TO }),
      answer: (r) => {
        const d = data(r) as { meetings: { id: string }[]; meetingsConnection: { aggregate: { count: { nodes: number } } } };
        return [d.meetingsConnection.aggregate.count.nodes, d.meetings.map((m) => m.id)];
      },
    },
    raw: {
      query: `MATCH (:Person {id: $id})-[:ATTENDED]->(m:Meeting)-[:ABOUT]->(:Topic {id: $topic})
        WHERE m.day >= date($from) AND m.day <= date($to)
        WITH m ORDER BY m.sortKey DESC
        WITH collect(m.id) AS ids
        RETURN size(ids) AS total, ids[0..20] AS ids`,
      variables: (s) => ({ id: s.id, topic: s.topicId, from: FROM, to: TO }),
      answer: (r) => {
        const [row] = r as Rows;
        return [Number(row?.total ?? 0), row?.ids ?? []];
      },
    },
  },
  {
    id: 'Q6',
    title: "a country's meetings in one year, counted by year and country dyad (meetingCounts)",
    parley: {
      query: `query Q6($countries: [String!], $from: Date, $to: Date) { meetingCounts(filter: {countries: $countries, from: $from, to: $to}, by: [YEAR, COUNTRY_PAIR], first: 1000) { key count } }`,
      variables: (s) => ({ countries: [s.countryId.slice('country:'.length)], ...YEAR }),
      answer: (r) => bucketsOf(data(r).meetingCounts as { key: string; count: number }[]),
    },
    peer: {
      query: `query Q6($country: ID!, $from: String!, $to: String!) { dyadCounts(country: $country, from: $from, to: $to) { key count } }`,
      variables: (s) => ({ country: s.countryId, ...YEAR }),
      answer: (r) => bucketsOf(data(r).dyadCounts as { key: string; count: number }[]),
    },
    raw: {
      query: `${DYAD_COUNTS_CYPHER} LIMIT 1000 RETURN key, count`,
      variables: (s) => ({ country: s.countryId, ...YEAR }),
      answer: (r) => bucketsOf(r as { key: string; count: number }[]),
    },
  },
];
