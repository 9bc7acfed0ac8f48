// The JSX and Vue types that `npm run build` generates (dist/types/, scripts/framework-types.mjs) checked by the
// real TypeScript compiler against @types/react 19 and vue 3: tests/frameworks/types/ holds usages each must accept
// and, marked @ts-expect-error, usages each must refuse (an unused @ts-expect-error is an error too).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('generated types for React and Vue', () => {
  it('accept what the widgets take and refuse the rest (tsc on tests/frameworks/types/)', () => {
    assert.ok(existsSync(`${root}dist/types/react.d.ts`) && existsSync(`${root}dist/types/vue.d.ts`), 'npm run build writes dist/types/');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tests/frameworks/types/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
});
