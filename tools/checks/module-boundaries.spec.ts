import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The documented proof that the dependency rules of the style guide (§3.2) are enforced: the same lint
 * configuration CI runs must reject these imports.
 */
const root = join(__dirname, '..', '..');

type LintResult = { messages: { ruleId: string | null; message: string }[] };

// ESLint loads its flat config with a dynamic import that Jest's VM cannot run, so lint in a child
// process exactly as `nx lint` would.
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const results: LintResult[] = JSON.parse(run.stdout);
  const rules = new Set(['@nx/enforce-module-boundaries', 'no-restricted-imports']);
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId !== null && rules.has(m.ruleId)).map((m) => m.message));
}

describe('module boundaries', () => {
  it.each([
    ['libs/engine/src/forbidden.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
    ['libs/engine/src/forbidden.ts', "import { request } from 'undici';\nexport const x = request;\n"],
    ['libs/sdk/src/forbidden.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n"],
    ['libs/modules-core/src/forbidden.ts', "import { Queue } from 'bullmq';\nexport const x = Queue;\n"],
    ['apps/web/src/forbidden.ts', "import { Repository } from 'typeorm';\nexport const x = Repository;\n"],
    ['apps/web/src/forbidden.ts', "import { ApiError } from '../../api/src/common/errors/api-error';\nexport const x = ApiError;\n"],
  ])('%s may not import: %s', async (file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
  }, 60_000);

  it('allows what the rules allow (api → contracts)', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/allowed.ts',
      "import { MISP_TRIGGER_IDS } from '@misp-wf/contracts';\nexport const x = MISP_TRIGGER_IDS;\n",
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
