// The conformance oracle: runs cases through graphql-js, the GraphQL reference implementation.
//
// stdin:  a JSON array of cases, each { id, mode, source, inputs? }
// stdout: a JSON array of results in the same order, each { id, ...what the mode returns }
//         or { id, crash } when the mode itself threw.
//
// Modes live in modes/<mode>.mjs and default-export `(testCase) => result`; every file there is
// registered under its file name, so adding a mode is adding a file.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

async function loadModes() {
  const modesDir = path.join(here, 'modes');
  const modes = new Map();
  for (const file of (await readdir(modesDir)).sort()) {
    if (!file.endsWith('.mjs')) continue;
    const module = await import(pathToFileURL(path.join(modesDir, file)).href);
    modes.set(path.basename(file, '.mjs'), module.default);
  }
  return modes;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const modes = await loadModes();
const input = process.argv[2] ? await readFile(process.argv[2], 'utf8') : await readStdin();
const cases = JSON.parse(input);
const results = [];
for (const testCase of cases) {
  const run = modes.get(testCase.mode);
  try {
    if (!run) throw new Error(`Unknown mode "${testCase.mode}"; known: ${[...modes.keys()].join(', ')}`);
    results.push({ id: testCase.id, ...(await run(testCase)) });
  } catch (error) {
    results.push({ id: testCase.id, crash: String(error?.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
