// Peer for fact retrieval: FlexSearch (Index, default options), the fact
// sentences added by id, each claim searched as it is with limit 1 and
// `suggest: true`: without it FlexSearch returns only sentences holding
// every term of the query, which a whole claim seldom matches, so it would
// answer nothing for most claims.
//
//   node bench/peers/flexsearch.mjs RETRIEVAL.json [--runs N]
import {Index} from 'flexsearch';

import {retrieve} from './harness.mjs';

retrieve((sentences) => {
  const index = new Index();
  for (const s of sentences) index.add(s.id, s.text);
  return (query) => index.search(query, {limit: 1, suggest: true})[0] ?? null;
});
