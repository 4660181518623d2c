// The published text cites original public sources (docs/sources.md), never this project's internal
// working files: the seed documents by number ("seed 000"), the domain notes (DOMAIN.md) or their
// folder (shared/seeds). Scans src/, docs/ (not the generated docs/api), README.md and examples/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const INTERNAL = /seed\s*`?0\d\d|DOMAIN\.md|shared\/seeds/i;
const SKIP = new Set(['node_modules', 'api', 'dist']);

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => filesUnder(join(path, name)));
}

const TEXT = /\.(ts|tsx|js|mjs|cjs|md|json|html)$/;

function internalReferences(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of paths.flatMap(filesUnder).filter((f) => TEXT.test(f))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (INTERNAL.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
  }
  return found;
}

describe('citations name original public sources', () => {
  it('the pattern catches the internal references it is meant to catch', () => {
    for (const text of [
      'seed 000',
      'Seed 004 check',
      'seed `001`',
      'see DOMAIN.md section 3',
      '/work/shared/seeds/x.txt',
    ]) {
      expect(INTERNAL.test(text)).toBe(true);
    }
    for (const text of [
      'Purnomo & Utami',
      'docs/sources.md#purnomo-utami',
      'comparedToSeed',
      'fc.seed(42)',
    ]) {
      expect(INTERNAL.test(text)).toBe(false);
    }
  });

  it('src/, docs/, README.md and examples/ have no internal reference', () => {
    expect(internalReferences(['src', 'docs', 'README.md', 'examples'])).toEqual([]);
  });

  it('every docs/sources.md anchor a guide links to exists', () => {
    const anchors = new Set(
      [...readFileSync('docs/sources.md', 'utf8').matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map(
        (m) => m[1],
      ),
    );
    const links = filesUnder('docs')
      .concat('README.md')
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/sources\.md#([a-z0-9-]+)/g)].map(
          (m) => `${f}#${m[1]}`,
        ),
      );
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !anchors.has(l.split('#')[1] ?? ''))).toEqual([]);
  });

  it('every docs/sources.md anchor a TSDoc comment cites exists', () => {
    const anchors = readFileSync('docs/sources.md', 'utf8');
    const cited = filesUnder('src')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/sources\.md#([a-z0-9-]+)/g)].map((m) => m[1]),
      );
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.filter((a) => !anchors.includes(`<a id="${a}"></a>`))).toEqual([]);
  });
});
