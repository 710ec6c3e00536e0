// The service's state: at most one open workspace at a time.
import { AppError } from '../../shared/contract/errors';
import { openWorkspace, type OpenOptions, type Workspace } from '../store/workspace';

export interface SessionOptions {
  /** How every open of this session checks integrity after a clean shutdown (see OpenOptions). */
  integrityCheck?: OpenOptions['integrityCheck'];
}

export class Session {
  #workspace: Workspace | null = null;
  #generation = 0;
  readonly #listeners = new Set<() => void>();
  readonly #defaults: OpenOptions;

  constructor(options: SessionOptions = {}) {
    this.#defaults = options.integrityCheck ? { integrityCheck: options.integrityCheck } : {};
  }

  get workspace(): Workspace {
    if (!this.#workspace) throw new AppError('NO_WORKSPACE', 'no workspace is open');
    return this.#workspace;
  }

  get hasWorkspace(): boolean {
    return this.#workspace !== null;
  }

  /** Counts the opens and closes: another generation is another workspace, or the same file opened again. */
  get generation(): number {
    return this.#generation;
  }

  /** Called after every open and close (the read pool drops its connections to the previous workspace). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    this.#generation++;
    for (const listener of this.#listeners) listener();
  }

  async open(path: string, options: OpenOptions = {}): Promise<Workspace> {
    const next = await openWorkspace(path, { ...this.#defaults, ...options });
    this.#workspace?.close();
    this.#workspace = next;
    this.#changed();
    return next;
  }

  close(): void {
    const had = this.#workspace !== null;
    this.#workspace?.close();
    this.#workspace = null;
    if (had) this.#changed();
  }
}
