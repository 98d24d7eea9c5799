import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks before an action citizens feel at once (publishing, an answer sent on Zalo): the title asks, the body says what
 * will happen and to whom. Focus starts on "Cancel" (Enter on a stray key press does nothing harmful), stays in the
 * dialog, and goes back to the button that opened it; Escape cancels. Confirming closes it and runs `onConfirm`: the
 * page shows the outcome where it showed it before.
 */
export function ConfirmDialog(props: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { opened, title, confirmLabel, onConfirm, onClose, children } = props;
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('confirm.cancel') }}
      data-testid="confirm-dialog"
    >
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('confirm.cancel')}
          </Button>
          <Button
            onClick={() => {
              onClose();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
