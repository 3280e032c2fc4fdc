// Times compromise (npm) on one article, as DocPipe's news chain is timed on it:
//   node bench/peers/compromise.js ARTICLE [SECONDS]
// Prints milliseconds per document, after a warm-up, for
//   people+quotes   parse, people(), quotations()    (what the entities and quotes steps give)
//   all             parse, people(), organizations(), places(), quotations(), sentences(), nouns()
//                   (the nearest compromise has to the whole news chain: no keyphrases, no summary)
'use strict';
const fs = require('fs');
const nlp = require('compromise');

const [file, secondsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node compromise.js ARTICLE [SECONDS]');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const seconds = Number(secondsArg || 10);

const tasks = {
  'people+quotes': () => {
    const doc = nlp(text);
    return doc.people().out('array').length + doc.quotations().out('array').length;
  },
  all: () => {
    const doc = nlp(text);
    return doc.people().out('array').length + doc.organizations().out('array').length + doc.places().out('array').length
      + doc.quotations().out('array').length + doc.sentences().out('array').length + doc.nouns().out('array').length;
  },
};

function time(task, budgetMs) {
  let runs = 0;
  let found = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < budgetMs || runs < 3) {
    found += task();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { perDocument: elapsed / runs, runs, found: found / runs };
}

for (const [name, task] of Object.entries(tasks)) {
  time(task, (seconds * 1000) / 4); // warm-up: the JIT settles
  const { perDocument, runs, found } = time(task, seconds * 1000);
  console.log(`${name}\t${perDocument.toFixed(2)} ms\t${runs} runs\t${found} spans`);
}
