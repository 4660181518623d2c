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

  it('every docs/sources.md anchor a guide, an example or a TSDoc comment cites exists', () => {
    const text = readFileSync('docs/sources.md', 'utf8');
    const headings = [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] as string);
    // Headings of letters, digits, spaces, commas and hyphens give the same anchor on GitHub and in
    // the API reference: lower case, punctuation dropped, spaces as hyphens.
    expect(headings.filter((h) => !/^[A-Za-z0-9 ,-]+$/.test(h))).toEqual([]);
    const anchors = new Set(
      headings.map((h) => h.toLowerCase().replace(/,/g, '').replace(/ /g, '-')),
    );
    expect(anchors.has('purnomo-and-utami-bandar-lampung')).toBe(true);
    const cited = (paths: string[]) =>
      paths
        .flatMap(filesUnder)
        .filter((f) => TEXT.test(f))
        .flatMap((f) =>
          [...readFileSync(f, 'utf8').matchAll(/sources\.md#([a-z0-9-]+)/g)].map((m) => ({
            file: f,
            anchor: m[1] as string,
          })),
        );
    const inDocs = cited(['docs', 'README.md', 'examples']);
    const inSrc = cited(['src']);
    expect(inDocs.length).toBeGreaterThan(10);
    expect(inSrc.length).toBeGreaterThan(5);
    const local = [...text.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => ({
      file: 'docs/sources.md',
      anchor: m[1] as string,
    }));
    expect(
      [...inDocs, ...inSrc, ...local]
        .filter((c) => !anchors.has(c.anchor))
        .map((c) => `${c.file}#${c.anchor}`),
    ).toEqual([]);
  });
});
