import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { WriteMode } from '../../workbook/gateway';
import { fill } from '../i18n';
import { useLocale } from '../locale';

export type EditedReportDialogProps = {
  readonly open: boolean;
  readonly sheetName: string;
  /** `newSheet` (the default, primary), `replace`, or `null` when dismissed. */
  readonly onAnswer: (mode: WriteMode | null) => void;
};

/** Asks before touching a report the user edited by hand; keeping their edits is the default. */
export function EditedReportDialog({ open, sheetName, onAnswer }: EditedReportDialogProps) {
  const { strings } = useLocale();
  return (
    <Dialog open={open} onOpenChange={(_, data) => data.open || onAnswer(null)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.editedTitle}</DialogTitle>
          <DialogContent>{fill(strings.editedBody, { sheet: sheetName })}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" autoFocus onClick={() => onAnswer('newSheet')}>
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
