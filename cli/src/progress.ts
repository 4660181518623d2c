/**
 * A one-line progress report on standard error (rows, rows/s, elapsed, percent of a file of known
 * size), redrawn with `\r` at most every 200 ms. Shown only when standard error is a terminal and
 * `--quiet` is not given. A carriage-return line needs no dependency, so none is taken.
 */
export class Progress {
  private last = 0;
  private shown = false;
  private readonly start = Date.now();

  constructor(
    private readonly enabled: boolean,
    private readonly size: number | undefined,
    private readonly bytesRead: () => number,
  ) {}

  /** Called per row; cheap when nothing is drawn. */
  tick(rows: number): void {
    if (!this.enabled || (rows & 1023) !== 0) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(rows, now);
  }

  /** Called per chunk with the rows so far; draws at most every 200 ms. */
  set(rows: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(rows, now);
  }

  private draw(rows: number, now: number): void {
    const seconds = (now - this.start) / 1000;
    const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    const percent =
      this.size !== undefined && this.size > 0
        ? ` ${Math.min(100, Math.floor((this.bytesRead() / this.size) * 100))}%`
        : '';
    process.stderr.write(
      `\r${rows.toLocaleString('en')} rows  ${rate.toLocaleString('en')} rows/s  ${seconds.toFixed(1)} s${percent}   `,
    );
    this.shown = true;
  }

  /** Clears the line before the summary is printed. */
  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
  }
}
