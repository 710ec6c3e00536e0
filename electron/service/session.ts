// The service's state: at most one open workspace at a time.
import { AppError } from '../../shared/contract/errors';
import { openWorkspace, type OpenOptions, type Workspace } from '../store/workspace';

export class Session {
  #workspace: Workspace | null = null;

  get workspace(): Workspace {
    if (!this.#workspace) throw new AppError('NO_WORKSPACE', 'no workspace is open');
    return this.#workspace;
  }

  get hasWorkspace(): boolean {
    return this.#workspace !== null;
  }

  async open(path: string, options: OpenOptions = {}): Promise<Workspace> {
    const next = await openWorkspace(path, options);
    this.#workspace?.close();
    this.#workspace = next;
    return next;
  }

  close(): void {
    this.#workspace?.close();
    this.#workspace = null;
  }
}
