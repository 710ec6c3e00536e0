// Words the Actions page borrows from the namespace campaigns-core owns ('campaign-words'). A playbook's name and description as the analyst reads them: a renamed playbook by its own
// name, a built-in one by its translated name from the shared namespace 'campaign-words'
// (`playbooks.<code>.name` / `.description`, the same words the call-list files use). The
// lookup walks the resources by key so a word the namespace does not hold yet falls back to the
// code instead of breaking the page.
import type { Playbook } from '../../../shared/contract/domains/campaigns';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';

function lookup(tree: unknown, path: readonly string[]): string | null {
  let node: unknown = tree;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node.length > 0 ? node : null;
}

/** A word of namespace 'campaign-words' by its key path, or null. */
export function campaignWord(locale: Locale, ...path: string[]): string | null {
  return lookup(resources[locale]['campaign-words'], path);
}

export function playbookName(playbook: Pick<Playbook, 'name' | 'builtin'>, locale: Locale): string {
  if (playbook.name) return playbook.name;
  if (playbook.builtin) return campaignWord(locale, 'playbooks', playbook.builtin, 'name') ?? playbook.builtin;
  return '';
}

export function playbookDescription(playbook: Pick<Playbook, 'description' | 'builtin'>, locale: Locale): string {
  if (playbook.description) return playbook.description;
  if (playbook.builtin) return campaignWord(locale, 'playbooks', playbook.builtin, 'description') ?? '';
  return '';
}
