// Peer for fact retrieval: MiniSearch, the fact sentences indexed as one
// text field with its default tokenizer and BM25 scoring, each claim
// searched as it is with the default options (any term may match); the top
// result is the answer.
//
//   node bench/peers/minisearch.mjs RETRIEVAL.json [--runs N]
import MiniSearch from 'minisearch';

import {retrieve} from './harness.mjs';

retrieve((sentences) => {
  const index = new MiniSearch({fields: ['text']});
  index.addAll(sentences);
  return (query) => index.search(query)[0]?.id ?? null;
});
