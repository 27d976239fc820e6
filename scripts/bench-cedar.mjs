// npm run bench's cedar-wasm figure, in a process of its own: in one process with the other engines,
// Node 20's V8 now and then stops on a fatal error in its deoptimiser while running cedar-wasm's
// bindings, which cedar alone never did here. Reads the policies, the queries and the verdicts
// every engine must give from the file named on the command line; prints checks per second.
import { readFileSync } from 'node:fs';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';

const { policies, stretches, queries, expected, runs } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const parsed = cedar.preparsePolicySet('linkcheck', { staticPolicies: policies });
if (parsed.type !== 'success') throw new Error(`cedar: ${JSON.stringify(parsed.errors)}`);
const action = { type: 'Action', id: 'place' };
const ask = ({ principal, resource, at }) => {
  const answer = cedar.statefulIsAuthorized({ principal: { type: 'Source', id: principal }, action, resource: { type: 'Surface', id: resource }, context: { at }, preparsedPolicySetId: 'linkcheck', entities: [] });
  if (answer.type !== 'success') throw new Error(`cedar: ${JSON.stringify(answer.errors)}`);
  // A policy set given as text names its policies policy0, policy1, …: policyN is stretches[N].
  const [id] = answer.response.diagnostics.reason;
  return id === undefined ? { verdict: 'unknown', rule: null } : stretches[Number(id.slice('policy'.length))];
};
queries.forEach((query, n) => {
  const { verdict, rule } = ask(query);
  if (verdict !== expected[n].verdict || rule !== expected[n].rule) throw new Error(`cedar-wasm says ${verdict} (${rule}) to ${JSON.stringify(query)}, checkLink ${JSON.stringify(expected[n])}`);
});
const times = [];
for (let run = -2; run < runs; run++) {
  const start = process.hrtime.bigint();
  for (const query of queries) ask(query);
  if (run >= 0) times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(JSON.stringify({ rate: queries.length / times.toSorted((a, b) => a - b)[Math.floor(times.length / 2)] }));
