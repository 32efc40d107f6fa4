// GraphQL over HTTP conformance: runs graphql-http's auditServer against a server that is already running.
//   node audit.mjs http://127.0.0.1:5000/graphql [--json results.json]
// Prints one line per audit and a summary; exits 1 when any MUST or SHOULD audit fails (MAY audits are reported only).
import { writeFileSync } from 'node:fs';
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url> [--json results.json]');
  process.exit(2);
}
const jsonIndex = process.argv.indexOf('--json');
const jsonPath = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;

const results = await auditServer({ url });

const required = (name) => name.startsWith('MUST') || name.startsWith('SHOULD');
const failed = results.filter((r) => r.status !== 'ok' && required(r.name));
for (const result of results) {
  const mark = result.status === 'ok' ? 'PASS' : required(result.name) ? 'FAIL' : 'NOTE';
  console.log(`${mark} ${result.name}${result.status === 'ok' ? '' : ` -- ${result.reason}`}`);
}

const passed = results.filter((r) => r.status === 'ok').length;
const count = (level) => results.filter((r) => r.name.startsWith(level)).length;
const passedAt = (level) => results.filter((r) => r.name.startsWith(level) && r.status === 'ok').length;
console.log(
  `audit: ${passed}/${results.length} passed (MUST ${passedAt('MUST')}/${count('MUST')}, ` +
    `SHOULD ${passedAt('SHOULD')}/${count('SHOULD')}, MAY ${passedAt('MAY')}/${count('MAY')}); ` +
    `${failed.length} MUST/SHOULD failed`,
);

if (jsonPath) {
  const summary = results.map(({ id, name, status, reason }) => ({ id, name, status, reason }));
  writeFileSync(jsonPath, JSON.stringify({ passed, failed: failed.length, results: summary }, null, 2));
}
process.exit(failed.length === 0 ? 0 : 1);
