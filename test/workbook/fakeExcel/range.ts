/** Range, RangeAreas and formats of the fake Excel. */
import { rangeAddress } from '../../../src/workbook/a1';
import { Proxy, type FakeContext } from './context';
import { countOf, formatReader } from './names';
import {
  FakeOfficeError,
  MAX_COLUMNS,
  MAX_ROWS,
  cellAt,
  enter,
  formatAt,
  overlaps,
  setCellAt,
  setFormatAt,
  usedArea,
  type Area,
  type FakeSheet,
} from './model';

export type RangeModel = { readonly sheet: FakeSheet; readonly area: Area };

export function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied');
  return sheet;
}

function cells<T>(model: RangeModel, read: (row: number, column: number) => T): T[][] {
  const { area } = model;
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.columns }, (_, c) => read(area.row + r, area.column + c))
  );
}

function readRange(model: RangeModel, property: string): unknown {
  const { sheet, area } = model;
  switch (property) {
    case 'values':
      return cells(model, (r, c) => cellAt(sheet, r, c)?.value ?? '');
    case 'valueTypes':
      return cells(model, (r, c) => cellAt(sheet, r, c)?.type ?? 'Empty');
    case 'numberFormat':
      return cells(model, (r, c) => formatAt(sheet, r, c));
    case 'formulas':
      return cells(
        model,
        (r, c) => cellAt(sheet, r, c)?.formula ?? cellAt(sheet, r, c)?.value ?? ''
      );
    case 'address':
      return rangeAddress(sheet.name, area.row, area.column, area.rows, area.columns);
    case 'rowIndex':
      return area.row;
    case 'columnIndex':
      return area.column;
    case 'rowCount':
      return area.rows;
    case 'columnCount':
      return area.columns;
    default:
      throw new Error(`Fake Range cannot load ${property}`);
  }
}

function checkShape(model: RangeModel, grid: unknown): unknown[][] {
  const { rows, columns } = model.area;
  if (!Array.isArray(grid) || grid.length !== rows) throw new FakeOfficeError('InvalidArgument');
  for (const row of grid) {
    if (!Array.isArray(row) || row.length !== columns) throw new FakeOfficeError('InvalidArgument');
  }
  return grid as unknown[][];
}

/** A range's format: bold can be set; fill and font read as Excel aggregates a range. */
class FakeFormat extends Proxy<RangeModel> {
  readonly font: {
    bold: boolean | null;
    readonly color: string | null;
    readonly italic: boolean | null;
  };
  readonly fill: { readonly color: string | null };

  constructor(ctx: FakeContext, resolve: () => RangeModel | null) {
    super(ctx, resolve, formatReader);
    const read = <T>(name: string) => this.loadedValue<T>(name);
    const model = () => this.model();
    this.fill = {
      get color() {
        return read<string | null>('fill/color');
      },
    };
    this.font = {
      get bold() {
        return read<boolean | null>('font/bold');
      },
      set bold(bold: boolean | null) {
        ctx.enqueue('range.format.font.bold', bold, () => {
          const { sheet, area } = model();
          writable(sheet);
          for (let r = 0; r < area.rows; r++)
            for (let c = 0; c < area.columns; c++) {
              const key = `${area.row + r},${area.column + c}`;
              if (bold) sheet.bold.add(key);
              else sheet.bold.delete(key);
            }
        });
      },
      get color() {
        return read<string | null>('font/color');
      },
      get italic() {
        return read<boolean | null>('font/italic');
      },
    };
  }

  autofitColumns(): void {
    this.ctx.enqueue('range.format.autofitColumns', null, () => this.model());
  }
}

export class FakeRange extends Proxy<RangeModel> {
  readonly format: FakeFormat;
  readonly conditionalFormats: { getCount: () => { readonly value: number } };

  constructor(ctx: FakeContext, resolve: () => RangeModel | null) {
    super(ctx, resolve, readRange);
    this.format = new FakeFormat(ctx, resolve);
    this.conditionalFormats = {
      getCount: () => countOf(ctx, () => this.model().sheet.conditionalFormats),
    };
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(grid: unknown[][]) {
    this.ctx.enqueue('range.values', grid, () => {
      const model = this.model();
      const { sheet, area } = model;
      writable(sheet);
      if (sheet.merged.some((m) => overlaps(m, area)))
        throw new FakeOfficeError('MergedRangeConflict');
      checkShape(model, grid).forEach((row, r) =>
        row.forEach((input, c) => {
          if (input === null) return;
          const [rr, cc] = [area.row + r, area.column + c];
          setCellAt(sheet, rr, cc, enter(input, formatAt(sheet, rr, cc)));
        })
      );
    });
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    this.ctx.enqueue('range.numberFormat', grid, () => {
      const model = this.model();
      writable(model.sheet);
      checkShape(model, grid).forEach((row, r) =>
        row.forEach((code, c) =>
          setFormatAt(model.sheet, model.area.row + r, model.area.column + c, String(code))
        )
      );
    });
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get worksheet(): unknown {
    return this.ctx.sheetProxy(() => this.model().sheet);
  }

  clear(): void {
    this.ctx.enqueue('range.clear', null, () => {
      const { sheet, area } = this.model();
      writable(sheet);
      const inside = (r: number, c: number) =>
        overlaps(area, { row: r, column: c, rows: 1, columns: 1 });
      for (const grid of [sheet.cells, sheet.formats] as (unknown[] | undefined)[][]) {
        grid.forEach((line, r) => line?.forEach((_, c) => inside(r, c) && (line[c] = undefined)));
      }
      for (const styled of [sheet.bold, sheet.italic, sheet.fills, sheet.fontColors]) {
        for (const key of [...styled.keys()]) {
          const [r, c] = key.split(',').map(Number) as [number, number];
          if (inside(r, c)) styled.delete(key);
        }
      }
      // Clearing all of a sheet clears its conditional formats and comments too.
      if (area.rows >= MAX_ROWS && area.columns >= MAX_COLUMNS) {
        sheet.conditionalFormats = 0;
        sheet.comments = 0;
      }
    });
  }

  /** The visible rows of the range (RangeView, ExcelApi 1.3): hidden and filtered rows left out. */
  getVisibleView(): Proxy<{ rowCount: number }> & { readonly rowCount: number } {
    return new (class extends Proxy<{ rowCount: number }> {
      get rowCount(): number {
        return this.loadedValue('rowCount');
      }
    })(
      this.ctx,
      () => {
        const { sheet, area } = this.model();
        let hidden = 0;
        for (let r = area.row; r < area.row + area.rows; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return { rowCount: area.rows - hidden };
      },
      (model, property) => (property === 'rowCount' ? model.rowCount : undefined)
    );
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const model = this.resolve();
      const used = model && usedArea(model.sheet);
      if (!model || !used) return null;
      const { area } = model;
      const row = Math.max(area.row, used.row);
      const column = Math.max(area.column, used.column);
      const rows = Math.min(area.row + area.rows, used.row + used.rows) - row;
      const columns = Math.min(area.column + area.columns, used.column + used.columns) - column;
      return rows > 0 && columns > 0
        ? { sheet: model.sheet, area: { row, column, rows, columns } }
        : null;
    });
  }

  getMergedAreasOrNullObject(): Proxy<{ areaCount: number }> & { readonly areaCount: number } {
    const areas = new (class extends Proxy<{ areaCount: number }> {
      get areaCount(): number {
        return this.loadedValue('areaCount');
      }
    })(
      this.ctx,
      () => {
        const model = this.model();
        const count = model.sheet.merged.filter((m) => overlaps(m, model.area)).length;
        return count === 0 ? null : { areaCount: count };
      },
      (model, property) => (property === 'areaCount' ? model.areaCount : undefined)
    );
    return areas;
  }
}
