/** The GraphQL documents the explorer sends; every field it reads is named here. */

const PERSON_FIELDS = 'id name names title country { iso2 name }';

export const PERSON_QUERY = `query Person($id: ID, $name: String) { person(id: $id, name: $name) { ${PERSON_FIELDS} } }`;

export const PEOPLE_QUERY = `query People($search: String!, $first: Int) { people(search: $search, first: $first) { ${PERSON_FIELDS} } }`;

export const TOPICS_QUERY = `query Topics($search: String!) { topics(search: $search, first: 8) { id name } }`;

export const NETWORK_QUERY = `query Network($personId: ID!, $depth: Int, $from: Date, $to: Date, $topic: String, $first: Int) {
  meetingNetwork(personId: $personId, depth: $depth, from: $from, to: $to, topic: $topic, first: $first) {
    nodes { person { ${PERSON_FIELDS} } meetingCount depth }
    edges { source target meetingCount topics { id name } lastDate }
  }
}`;

export const MEETINGS_QUERY = `query Meetings($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id kind date
      place { name country { iso2 name } }
      participants { ${PERSON_FIELDS} }
      topics { id name }
      sources { evidence article { url title } }
    } }
  }
}`;

const BUCKET_FIELDS = 'key label count values { key label }';

/** The country and topic views: one filter counted by person, dyad, dyad and year, topic and month. */
export const SUMMARY_QUERY = `query Summary($filter: MeetingFilter) {
  total: meetings(filter: $filter, first: 0) { totalCount }
  people: meetingCounts(filter: $filter, by: [PERSON], first: 12) { ${BUCKET_FIELDS} }
  dyads: meetingCounts(filter: $filter, by: [COUNTRY_PAIR], first: 8) { ${BUCKET_FIELDS} }
  dyadYears: meetingCounts(filter: $filter, by: [COUNTRY_PAIR, YEAR], orderBy: KEY, first: 400) { ${BUCKET_FIELDS} }
  topics: meetingCounts(filter: $filter, by: [TOPIC], first: 8) { ${BUCKET_FIELDS} }
  months: meetingCounts(filter: $filter, by: [MONTH], orderBy: KEY, first: 600) { ${BUCKET_FIELDS} }
}`;

export const COUNTRY_QUERY = `query Country($iso2: String) { country(iso2: $iso2) { iso2 name } }`;

/** The live view's subscription: any batch of changes makes the page ask again. */
export const CHANGES_SUBSCRIPTION = 'subscription Changes { graphChanged { at } }';

/** Every document the explorer sends: the server persists them, so it works where only persisted operations run. */
export const EXPLORER_OPERATIONS: readonly string[] = [PERSON_QUERY, PEOPLE_QUERY, TOPICS_QUERY, NETWORK_QUERY, MEETINGS_QUERY, SUMMARY_QUERY, COUNTRY_QUERY, CHANGES_SUBSCRIPTION];
