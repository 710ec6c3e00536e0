// One writer at a time per workspace file. SQLite allows one write transaction; a second writer
// would wait on the lock and give up as "busy" after its timeout. Write jobs take turns here
// instead, and the ones waiting learn their place in line. Reads never enter: WAL lets them
// run beside the writer.
export interface Turn {
  readonly id: string;
  /** Called once, when it is this entry's turn. */
  start(): void;
  /** Where the entry waits now: 1 = next after the writer. */
  waiting(position: number): void;
}

export class WriterQueues {
  /** Per workspace path: the writer whose turn it is, then the waiting ones in order. */
  readonly #lines = new Map<string, Turn[]>();

  enter(path: string, turn: Turn): void {
    const line = this.#lines.get(path) ?? [];
    this.#lines.set(path, line);
    line.push(turn);
    if (line.length === 1) turn.start();
    else turn.waiting(line.length - 1);
  }

  /** Ends a turn, or takes a waiting entry out of line; no-op for one that is not in line (any more). */
  leave(path: string, id: string): void {
    const line = this.#lines.get(path);
    const at = line ? line.findIndex((turn) => turn.id === id) : -1;
    if (!line || at < 0) return;
    line.splice(at, 1);
    if (line.length === 0) {
      this.#lines.delete(path);
      return;
    }
    if (at === 0) line[0]!.start();
    for (let i = Math.max(1, at); i < line.length; i++) line[i]!.waiting(i);
  }
}
