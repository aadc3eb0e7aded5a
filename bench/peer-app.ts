import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { DYAD_COUNTS_CYPHER } from './questions.ts';

/**
 * The peer: @neo4j/graphql over Parley's labels and relationships, served by graphql-yoga. Its
 * generated queries answer Q1 and Q5; what it cannot generate (counterparts with counts, a
 * depth-2 network, fulltext search, counts per dyad) is written as @cypher fields, as its users would.
 */
const TYPE_DEFS = /* GraphQL */ `
  type Person @node {
    id: ID!
    name: String
    names: [String!]
    meetings: [Meeting!]! @relationship(type: "ATTENDED", direction: OUT)
  }
  type Meeting @node {
    id: ID!
    kind: String
    date: String
    day: Date
    sortKey: String
    participants: [Person!]! @relationship(type: "ATTENDED", direction: IN)
    place: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    topics: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
    sources: [Article!]! @relationship(type: "REPORTED_BY", direction: OUT)
  }
  type Place @node { id: ID! name: String }
  type Topic @node { id: ID! name: String }
  type Article @node { url: ID! title: String }
  type Counterpart {
    id: ID!
    name: String
    meetingCount: Int!
    "Set on network members: links among the people of the network."
    edgeCount: Int
  }
  type Bucket {
    key: String!
    count: Int!
  }
  type Query {
    dyadCounts(country: ID!, from: String!, to: String!): [Bucket!]!
      @cypher(
        statement: """
        ${DYAD_COUNTS_CYPHER}
        LIMIT 1000
        RETURN {key: key, count: count} AS b
        """
        columnName: "b"
      )
    counterparts(personId: ID!): [Counterpart!]!
      @cypher(
        statement: """
        MATCH (:Person {id: $personId})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
        WITH o, count(DISTINCT m) AS meetingCount ORDER BY meetingCount DESC, o.name LIMIT 20
        RETURN {id: o.id, name: o.name, meetingCount: meetingCount} AS c
        """
        columnName: "c"
      )
    network(personId: ID!): [Counterpart!]!
      @cypher(
        statement: """
        MATCH (c:Person {id: $personId})
        OPTIONAL MATCH (c)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(p1:Person)
        WITH c, collect(DISTINCT p1) AS level1
        UNWIND level1 + [null] AS near
        OPTIONAL MATCH (near)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(p2:Person)
        WITH c, level1, collect(DISTINCT p2) AS level2
        WITH [c] + level1 + [p IN level2 WHERE p <> c AND NOT p IN level1] AS everyone
        UNWIND everyone AS person
        WITH everyone[0] AS c, person, COUNT { (person)-[:ATTENDED]->(:Meeting) } AS meetingCount
        ORDER BY person = c DESC, meetingCount DESC, person.name LIMIT 50
        WITH collect({id: person.id, name: person.name, meetingCount: meetingCount}) AS nodes, collect(person) AS people
        CALL (people) {
          UNWIND people AS a
          MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
          WHERE a.id < b.id AND b IN people
          WITH a, b, count(DISTINCT m) AS together
          RETURN collect({source: a.id, target: b.id, meetingCount: together}) AS edges
        }
        UNWIND nodes AS node
        RETURN node {.*, edgeCount: size(edges)} AS n
        """
        columnName: "n"
      )
    searchPeople(phrase: String!): [Person!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('person_names', '"' + $phrase + '"') YIELD node, score
        RETURN node ORDER BY score DESC LIMIT 10
        """
        columnName: "node"
      )
  }
`;

export async function createPeerApp(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  return createYoga({ schema, logging: false, graphiql: false, maskedErrors: false });
}
