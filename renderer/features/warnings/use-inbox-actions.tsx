// Acknowledge / assign / resolve / reopen on the chosen warnings, each followed by a message
// with an Undo button: warning.update answers the previous states and warning.restore puts them
// back, so an action on "all matching the filter" is as reversible as one on a single row.
import { useCallback, useState } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningSelection } from '../../../shared/contract/domains/warnings';
import type { OperationOutput } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';
import { announceWarningsChanged } from '../../app/warnings-changed';
import { describeError } from '../../components/error-text';

export type InboxAction = 'acknowledge' | 'assign' | 'resolve' | 'reopen';
type Previous = OperationOutput<'warning.update'>['previous'];

const DONE_KEYS = { acknowledge: 'actions.acknowledged', assign: 'actions.assigned', resolve: 'actions.resolved', reopen: 'actions.reopened' } as const;

export interface InboxActions {
  busy: boolean;
  run: (selection: WarningSelection, action: InboxAction, extra?: { assignee?: string; note?: string }) => Promise<boolean>;
}

export function useInboxActions(onChanged: () => void): InboxActions {
  const { t } = useTranslation('warnings');
  const { t: tApp } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const changed = useCallback(() => {
    onChanged();
    announceWarningsChanged();
  }, [onChanged]);

  const undo = useCallback(
    async (previous: Previous, key: string) => {
      message.destroy(key);
      try {
        const { restored } = await invoke('warning.restore', { previous });
        changed();
        void message.success({ content: <span data-testid="undone-message">{t('actions.undone', { n: restored })}</span> });
      } catch (error) {
        void message.error(`${t('actions.failed')}: ${describeError(error, tApp).summary}`);
      }
    },
    [changed, message, t, tApp],
  );

  const run = useCallback(
    async (selection: WarningSelection, action: InboxAction, extra: { assignee?: string; note?: string } = {}): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await invoke('warning.update', { selection, action, ...extra });
        changed();
        const key = `warning-undo-${Date.now()}`;
        void message.open({
          key,
          type: 'success',
          duration: 8,
          content: (
            <span data-testid="action-message" data-action={action}>
              {t(DONE_KEYS[action], { n: result.updated, assignee: extra.assignee ?? '' })}
              {result.previous.length > 0 ? (
                <Button type="link" size="small" onClick={() => void undo(result.previous, key)} data-testid="undo-action">
                  {t('actions.undo')}
                </Button>
              ) : null}
            </span>
          ),
        });
        return true;
      } catch (error) {
        void message.error(`${t('actions.failed')}: ${describeError(error, tApp).summary}`);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [changed, message, t, tApp, undo],
  );

  return { busy, run };
}
