/** Worksheets and the workbook of the fake Excel. */
import { Proxy, type FakeContext } from './context';
import {
  FakeOfficeError,
  MAX_COLUMNS,
  MAX_ROWS,
  addSheet,
  type Area,
  type FakeChart,
  type FakeSheet,
  type FakeTable,
} from './model';
import {
  FakeChartProxy,
  FakeCollection,
  FakeProtection,
  FakeTableProxy,
  FakeValueItem,
  areaOf,
  type Resolver,
  fail,
  sheetReader,
} from './parts';
import { makeNames, sheetCounts } from './names';
import { FakeRange, writable } from './range';

export class FakeWorksheet extends Proxy<FakeSheet> {
  readonly protection: FakeProtection<FakeSheet>;
  readonly customProperties: {
    getItemOrNullObject: (key: string) => FakeValueItem;
    add: (key: string, value: string) => void;
  };
  readonly tables: FakeCollection<FakeTable, FakeTableProxy> & {
    add: (range: FakeRange, headers: boolean) => FakeTableProxy;
  };
  readonly charts: FakeCollection<FakeChart, FakeChartProxy> & {
    add: (type: string, range: FakeRange, seriesBy: string) => FakeChartProxy;
  };
  readonly shapes: { getCount: () => { readonly value: number } };
  readonly comments: { getCount: () => { readonly value: number } };

  constructor(ctx: FakeContext, resolve: Resolver<FakeSheet>) {
    super(ctx, resolve, sheetReader);
    const counts = sheetCounts(ctx, () => this.model());
    this.shapes = counts.shapes;
    this.comments = counts.comments;
    this.protection = new FakeProtection(ctx, resolve);
    this.customProperties = {
      getItemOrNullObject: (key) =>
        new FakeValueItem(ctx, () => {
          const value = this.model().properties.get(key.toLowerCase());
          return value === undefined ? null : { value };
        }),
      add: (key, value) =>
        ctx.enqueue('customProperties.add', [key, value], () =>
          writable(this.model()).properties.set(key.toLowerCase(), value)
        ),
    };
    const tables = new FakeCollection(
      ctx,
      () => ctx.state.tables.filter((t) => t.sheetId === this.model().id),
      (r) => new FakeTableProxy(ctx, r),
      (t, p) => (p === 'name' ? t.name : undefined)
    );
    this.tables = Object.assign(tables, {
      add: (range: FakeRange, headers: boolean) => this.addTable(range, headers),
    });
    const charts = new FakeCollection(
      ctx,
      () => this.model().charts,
      (r) => new FakeChartProxy(ctx, r, () => this.model()),
      (c, p) => (p === 'name' ? c.name : undefined)
    );
    this.charts = Object.assign(charts, {
      add: (type: string, range: FakeRange) => this.addChart(type, range),
    });
  }

  get id(): string {
    return this.loadedValue('id');
  }
  get name(): string {
    return this.loadedValue('name');
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return sheet && { sheet, area: { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } };
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new FakeOfficeError('InvalidArgument');
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return sheet && { sheet, area: { row, column, rows, columns } };
    });
  }
  getUsedRangeOrNullObject(): FakeRange {
    return this.getRange().getUsedRangeOrNullObject();
  }
  activate(): void {
    this.ctx.enqueue('worksheet.activate', null, () => this.model());
  }
  delete(): void {
    this.ctx.enqueue('worksheet.delete', null, () => {
      const sheet = this.model();
      if (this.ctx.state.structureProtected) throw new FakeOfficeError('AccessDenied');
      this.ctx.state.sheets = this.ctx.state.sheets.filter((s) => s !== sheet);
      this.ctx.state.tables = this.ctx.state.tables.filter((t) => t.sheetId !== sheet.id);
    });
  }

  private addTable(range: FakeRange, _headers: boolean): FakeTableProxy {
    let table: FakeTable | null = null;
    this.ctx.enqueue('tables.add', null, () => {
      const { sheet, area } = areaOf(range);
      writable(sheet);
      const name = `Table${this.ctx.state.nextId++}`;
      table = { name, sheetId: sheet.id, area: { ...area } as Area };
      this.ctx.state.tables.push(table);
    });
    return new FakeTableProxy(this.ctx, () => table);
  }

  private addChart(type: string, range: FakeRange): FakeChartProxy {
    let chart: FakeChart | null = null;
    this.ctx.enqueue('charts.add', type, () => {
      const { sheet, area } = areaOf(range);
      writable(sheet);
      chart = {
        name: `Chart ${this.ctx.state.nextId++}`,
        type,
        title: '',
        series: [{ name: 'Series1', values: area }],
      };
      sheet.charts.push(chart);
    });
    return new FakeChartProxy(
      this.ctx,
      () => chart,
      () => this.model()
    );
  }
}

export function makeWorkbook(ctx: FakeContext): unknown {
  const state = ctx.state;
  ctx.sheetProxy = (resolve) => new FakeWorksheet(ctx, resolve);
  const sheetByKey = (key: string) =>
    state.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null;
  const workbook = new (class extends Proxy<typeof state> {
    readonly protection = new FakeProtection(ctx, () => ({ protected: state.structureProtected }));
    readonly names = makeNames(ctx);
    readonly settings = {
      getItemOrNullObject: (key: string) =>
        new FakeValueItem(ctx, () =>
          state.settings.has(key) ? { value: state.settings.get(key) } : null
        ),
      add: (key: string, value: unknown) =>
        ctx.enqueue('settings.add', [key, value], () =>
          state.settings.set(key, JSON.parse(JSON.stringify(value)))
        ),
    };
    readonly worksheets = Object.assign(
      new FakeCollection(
        ctx,
        () => state.sheets,
        (r) => new FakeWorksheet(ctx, r),
        sheetReader
      ),
      {
        getItem: (key: string) =>
          new FakeWorksheet(ctx, () => sheetByKey(key) ?? fail('ItemNotFound')),
        getItemOrNullObject: (key: string) => new FakeWorksheet(ctx, () => sheetByKey(key)),
        add: (name: string) => {
          let sheet: FakeSheet | null = null;
          ctx.enqueue('worksheets.add', name, () => {
            if (state.structureProtected) throw new FakeOfficeError('AccessDenied');
            sheet = addSheet(state, name);
          });
          return new FakeWorksheet(ctx, () => sheet);
        },
      }
    );
    readonly tables = Object.assign(
      new FakeCollection(
        ctx,
        () => state.tables,
        (r) => new FakeTableProxy(ctx, r),
        (t, p) => (p === 'name' ? t.name : undefined)
      ),
      {
        getItem: (name: string) =>
          new FakeTableProxy(
            ctx,
            () =>
              state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ??
              fail('ItemNotFound')
          ),
        getItemOrNullObject: (name: string) =>
          new FakeTableProxy(
            ctx,
            () => state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null
          ),
      }
    );
    get readOnly(): boolean {
      return this.loadedValue('readOnly');
    }
    getSelectedRange(): FakeRange {
      return new FakeRange(ctx, () => {
        const selection = state.selection;
        const sheet = selection && state.sheets.find((s) => s.id === selection.sheetId);
        return selection && sheet ? { sheet, area: selection.area } : fail('ItemNotFound');
      });
    }
  })(
    ctx,
    () => state,
    (model, property) => (property === 'readOnly' ? model.readOnly : undefined)
  );
  return workbook;
}
