/** Why a read failed, thrown by `listTables`/`readSource` (their signatures return data). */
export type WorkbookErrorCode =
  /** The named table is gone (renamed or deleted). */
  | 'sourceNotFound'
  /** The selection has no header row or no cells. */
  | 'emptySelection'
  /** Over Excel's 5,000,000 cells per read, or Excel returned no values. */
  | 'rangeTooLarge'
  | 'cellEditMode'
  /** Any other Office error; `detail` holds its code. */
  | 'failed';

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    /** The table name, or the Office error code. */
    readonly detail?: string
  ) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = 'WorkbookError';
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
