// What the live checks need to change the catalog from outside the server: a listing page in the seeds' format that
// announces one post, and the `import` command run on it in another process (as an operator would, beside the server).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A temporary folder holding one listing page (its own page number) that announces `title`; `import FOLDER` adds exactly that post. */
export function listing(name, page, title) {
  const folder = mkdtempSync(join(tmpdir(), 'postcatalog-live-'));
  writeFileSync(join(folder, name), `# Page ${page} | Spotify Engineering

**Source**: Spotify Engineering
**URL**: https://engineering.atspotify.com/page/${page}
**Scraped**: 2025-10-11T06:26:49.026842
**Category**: dev_code

---

Engineering
OCT 1, 2025
${title}
${title}: announced by a live test, so importing it adds exactly this post...
DATA SCIENCE
`);
  return folder;
}

/** Runs `dotnet APP import FOLDER --database DB` and removes the folder; null when it succeeded, else what it printed. */
export async function importInAnotherProcess(app, database, folder) {
  try {
    await promisify(execFile)('dotnet', [app, 'import', folder, '--database', database], { timeout: 120000 });
    return null;
  } catch (error) {
    return `${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
