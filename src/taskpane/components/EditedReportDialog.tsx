import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { WriteMode } from '../../workbook/gateway';
import { fill } from '../i18n';
import { useLocale } from '../locale';

export type EditedReportDialogProps = {
  readonly open: boolean;
  readonly sheetName: string;
  /** What replacing would lose (values, formats, charts), in words. */
  readonly details?: string;
  /** `newSheet` (the default, primary), `replace`, or `null` when dismissed. */
  readonly onAnswer: (mode: WriteMode | null) => void;
};

/** Asks before touching a report the user edited by hand; keeping their edits is the default. */
export function EditedReportDialog({
  open,
  sheetName,
  details = '',
  onAnswer,
}: EditedReportDialogProps) {
  const { strings } = useLocale();
  const createButton = useRef<HTMLButtonElement>(null);
  // The Dialog focuses its first focusable element, or its surface when it cannot tell what is
  // visible; a task after that settles the focus on the safe default whatever the host.
  useEffect(() => {
    if (!open) return undefined;
    const timer = setTimeout(() => createButton.current?.focus());
    return () => clearTimeout(timer);
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, data) => data.open || onAnswer(null)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.editedTitle}</DialogTitle>
          <DialogContent>
            {[fill(strings.editedBody, { sheet: sheetName }), details].join(' ').trim()}
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" ref={createButton} onClick={() => onAnswer('newSheet')}>
              {strings.editedNewSheet}
            </Button>
            <Button onClick={() => onAnswer('replace')}>{strings.editedReplace}</Button>
            <Button appearance="subtle" onClick={() => onAnswer(null)}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
