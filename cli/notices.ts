/**
 * An esbuild plugin for cli/tsup.config.ts: after each build, writes dist/THIRD-PARTY-NOTICES.md with
 * the name, version, licence and licence text of every package whose code the build bundled in
 * (read from esbuild's metafile, so the list always matches what the bundle holds). The library is
 * one of them; zod is another.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** The folder of the package that holds `file` (the nearest package.json with a name), if any. */
function packageOf(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name !== undefined) {
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function thirdPartyNotices(outDir: string): Plugin {
  return {
    name: 'third-party-notices',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (result.metafile === undefined) return;
        const own = packageOf('package.json');
        const packages = new Set<string>();
        // The modules with code in an output (an import whose code was all tree-shaken away is not).
        for (const output of Object.values(result.metafile.outputs)) {
          for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
            const dir = bytesInOutput > 0 ? packageOf(input) : undefined;
            if (dir !== undefined && dir !== own) packages.add(dir);
          }
        }
        const sections = [...packages]
          .map((dir) => {
            const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
            const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'LICENCE.md']
              .map((name) => join(dir, name))
              .find((path) => existsSync(path));
            if (licenceFile === undefined) {
              throw new Error(
                `${manifest.name} is bundled into the command but has no licence file`,
              );
            }
            const text = readFileSync(licenceFile, 'utf8').trim();
            return `## ${manifest.name} ${manifest.version} (${manifest.license})\n\n\`\`\`text\n${text}\n\`\`\`\n`;
          })
          .sort();
        // tsup writes the bundle's own files after this hook: on a first build the folder is new.
        mkdirSync(outDir, { recursive: true });
        writeFileSync(
          join(outDir, 'THIRD-PARTY-NOTICES.md'),
          `# Third-party notices\n\nThe command's files in this folder bundle the code of these packages.\n\n${sections.join('\n')}`,
        );
      });
    },
  };
}
