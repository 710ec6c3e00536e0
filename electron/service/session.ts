// The service's state: at most one open workspace at a time.
import { AppError } from '../../shared/contract/errors';
import { openWorkspace, type OpenOptions, type Workspace } from '../store/workspace';

export interface SessionOptions {
  /** How every open of this session checks integrity after a clean shutdown (see OpenOptions). */
  integrityCheck?: OpenOptions['integrityCheck'];
}

export class Session {
  #workspace: Workspace | null = null;
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

  async open(path: string, options: OpenOptions = {}): Promise<Workspace> {
    const next = await openWorkspace(path, { ...this.#defaults, ...options });
    this.#workspace?.close();
    this.#workspace = next;
    return next;
  }

  close(): void {
    this.#workspace?.close();
    this.#workspace = null;
  }
}
