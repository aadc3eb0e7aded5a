import './explorer.css';
import { startExplorer } from './explorer-app.ts';
import { createGraphQLClient } from './graphql-client.ts';

/** Finds an element the page must have; a missing one is a broken build, not a runtime case. */
function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element as T;
}

startExplorer(
  {
    graph: required('graph'),
    legend: required('legend'),
    panel: required('panel'),
    summary: required('summary'),
    histogram: required('histogram'),
    status: required('status'),
    alert: required('alert'),
    search: required('search'),
    searchOptions: required('search-options'),
    exports: required('exports'),
    filters: {
      form: required('filters'),
      from: required('from'),
      to: required('to'),
      topic: required('topic'),
      topicOptions: required('topic-options'),
      kind: required('kind'),
      country: required('country'),
      depth: required('depth'),
      clearDates: required('clear-dates'),
    },
  },
  createGraphQLClient('/graphql'),
);
