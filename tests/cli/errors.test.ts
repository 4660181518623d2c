// The command's help and its one-line errors (exit 2), run as a built command.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

/** A usage error: exit 2, one line on standard error, nothing on standard output. */
function expectUsageError(
  r: { code: number | null; stdout: string; stderr: string },
  text: RegExp,
) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
}

describe('sejahtera help and errors', { timeout: 180_000 }, () => {
  it('--help lists the commands that exist, and each command has its own help', () => {
    const f = folder();
    const help = f.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}validate /m);
    expect(help.stdout).toMatch(/^ {2}poverty /m);
    for (const command of ['schedule', 'assess', 'verify', 'score']) {
      expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
      const own = f.run([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: sejahtera ${command} `));
    }
    const validate = f.run(['validate', '--help']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('--as <type>');
    expect(validate.stdout).toContain('household | loan | payment | member | group | response');
    const poverty = f.run(['poverty', '-h']);
    expect(poverty.stdout).toContain('--by <column>');
    expect(f.run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('no command, an unknown command or an unknown option: exit 2', () => {
    const f = folder();
    const none = f.run([]);
    expect(none.code).toBe(2);
    expectUsageError(
      f.run(['report', 'x.csv']),
      /unknown command 'report'; the commands are validate, poverty, schedule, assess, verify, score/,
    );
    expectUsageError(
      f.run(['validate', 'x.csv', '--as', 'household', '--bogus']),
      /Unknown option '--bogus'/,
    );
    expectUsageError(
      f.run(['validate', 'x.csv', '--as', 'kk']),
      /--as must be one of household, loan/,
    );
    expectUsageError(f.run(['validate', 'x.csv']), /validate needs --as/);
    expectUsageError(
      f.run(['validate', 'x.csv', '--as', 'household', '--lang', 'fr']),
      /--lang must be one of id, en/,
    );
  });

  it('a missing file or a folder', () => {
    const f = folder();
    expectUsageError(
      f.run(['validate', 'nope.csv', '--as', 'household']),
      /no such file: nope\.csv/,
    );
    expectUsageError(f.run(['validate', '.', '--as', 'household', '--from', 'csv']), /is a folder/);
  });

  it('a file that is not what its extension says', () => {
    const f = folder();
    f.write('json.csv', '[{"expenditurePerCapita": 1}]');
    expectUsageError(
      f.run(['validate', 'json.csv', '--as', 'household']),
      /json\.csv is not a CSV file: it looks like JSON/,
    );
    f.write('book.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    expectUsageError(
      f.run(['validate', 'book.csv', '--as', 'household']),
      /book\.csv is not a CSV file: it looks like an XLSX/,
    );
    f.write('t.parquet.json', 'PAR1\u0000\u0000');
    expectUsageError(
      f.run(['validate', 't.parquet.json', '--as', 'household']),
      /not a JSON file: it looks like a Parquet file/,
    );
    f.write('rows.json', '{"expenditurePerCapita": 1}\n{"expenditurePerCapita": 2}\n');
    expectUsageError(f.run(['validate', 'rows.json', '--as', 'household']), /use \.jsonl/);
    f.write('x.jsonl', 'a,b\n1,2\n');
    expectUsageError(f.run(['validate', 'x.jsonl', '--as', 'household']), /not a JSON Lines file/);
  });

  it('an XLSX or Parquet file that is not one, and the old XLS format: a clear error', () => {
    const f = folder();
    f.write('book.xlsx', 'kab,expenditurePerCapita\nA,1\n');
    expectUsageError(
      f.run(['validate', 'book.xlsx', '--as', 'household']),
      /book\.xlsx is not an XLSX file: it looks like text/,
    );
    f.write('t.parquet', '[{"kab":"A"}]');
    expectUsageError(
      f.run(['poverty', 't.parquet', '--by', 'k', '--line', '1']),
      /t\.parquet is not a Parquet file: it looks like JSON/,
    );
    // The right magic bytes but no footer: still one line, exit 2.
    f.write('cut.parquet', 'PAR1 and then nothing');
    expectUsageError(
      f.run(['validate', 'cut.parquet', '--as', 'household']),
      /cut\.parquet is not a Parquet file/,
    );
    f.write('zip.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0]));
    expectUsageError(f.run(['validate', 'zip.xlsx', '--as', 'household']), /zip\.xlsx/);
    f.write('old.xls', 'x');
    expectUsageError(
      f.run(['validate', 'old.xls', '--as', 'household']),
      /XLS \(Excel 97-2003\) input is not supported \(save it as \.xlsx or CSV\)/,
    );
  });

  it('--map: a field the type does not have, or a column the file does not have', () => {
    const f = folder();
    f.write('h.csv', 'spend,n\n1,1\n');
    expectUsageError(
      f.run(['validate', 'h.csv', '--as', 'household', '--map', 'income=spend']),
      /household has no field 'income'; its fields are 'expenditurePerCapita', 'size', 'weight'/,
    );
    expectUsageError(
      f.run(['validate', 'h.csv', '--as', 'household', '--map', 'expenditurePerCapita=belanja']),
      /h\.csv has no column 'belanja'; its columns are 'spend', 'n'/,
    );
    expectUsageError(
      f.run(['validate', 'h.csv', '--as', 'household', '--map', 'size']),
      /--map takes field=column/,
    );
    const ok = f.run([
      'validate',
      'h.csv',
      '--as',
      'household',
      '--map',
      'expenditurePerCapita=spend',
      '--map',
      'size=n',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('expenditurePerCapita,size,weight\n1,1,\n');
  });

  it('an output whose format cannot be told, and --max-rejects that is not a number', () => {
    const f = folder();
    f.write('h.csv', 'expenditurePerCapita\n1\n');
    expectUsageError(
      f.run(['validate', 'h.csv', '--as', 'household', '--out', 'x.xlsx']),
      /cannot tell the format of x\.xlsx/,
    );
    expectUsageError(
      f.run(['validate', 'h.csv', '--as', 'household', '--max-rejects', 'many']),
      /--max-rejects takes a whole number/,
    );
  });
});
