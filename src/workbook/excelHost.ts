/**
 * What ExcelGateway needs from Office: `Excel.run`, the requirement-set check and the display
 * language. Tests give it a fake Excel object model through the same shape.
 */
export type ExcelRunOptions = {
  readonly delayForCellEdit?: boolean;
  /** One undo step for the whole run (ExcelApi 1.20); the host ignores it where unsupported. */
  readonly mergeUndoGroup?: boolean;
};

export type ExcelHost = {
  readonly run: <T>(
    options: ExcelRunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ) => Promise<T>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  readonly isSetSupported: (version: string) => boolean;
  readonly displayLanguage: string;
  /** Bytes of cell data per write request (default 3 MB, under the web's 5 MB limit). */
  readonly blockBytes?: number;
  /** Cells per read request (default 100,000). */
  readonly readCells?: number;
  /** The clock that ages write locks (tests give their own; never a timer). */
  readonly now?: () => number;
};

/** ExcelApi 1.20: `Excel.run({ mergeUndoGroup })` makes a whole run one Ctrl+Z. */
export const UNDO_API = '1.20';

/** The host of a real add-in: call after `Office.onReady`. */
export function officeExcelHost(): ExcelHost {
  return {
    run: (options, batch) => {
      const delayForCellEdit = options.delayForCellEdit === true;
      const grouped =
        options.mergeUndoGroup === true &&
        Office.context.requirements.isSetSupported('ExcelApi', UNDO_API);
      return Excel.run(
        grouped ? { delayForCellEdit, mergeUndoGroup: true } : { delayForCellEdit },
        batch
      );
    },
    isSetSupported: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
    displayLanguage: Office.context.displayLanguage,
  };
}

/** The `code` of an OfficeExtension.Error (not localized), or `Unknown`. */
export function officeErrorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return 'Unknown';
}

export function isCellEditError(code: string): boolean {
  return code === 'InvalidOperationInCellEditMode';
}

export function isUndoError(code: string): boolean {
  return code === 'UndoNotSupported';
}

export function isPayloadError(code: string): boolean {
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** The Excel.RangeValueType of a cell → our CellKind. */
export function kindOfValueType(type: string): 'empty' | 'string' | 'number' | 'boolean' | 'error' {
  switch (type) {
    case 'Empty':
      return 'empty';
    case 'Double':
    case 'Integer':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'Error':
      return 'error';
    default:
      // String, and rich values (stocks, images): text where a number is expected.
      return 'string';
  }
}
