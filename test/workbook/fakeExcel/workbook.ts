/** Workbook, worksheets, tables, charts, settings and custom properties of the fake Excel. */
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
import { FakeRange, writable, type RangeModel } from './range';

type Resolver<M> = () => M | null;

/** A collection: `load('items/a,items/b')` gives `items`, each with those properties. */
class FakeCollection<M, P extends Proxy<M>> extends Proxy<M[]> {
  private itemList: P[] | undefined;

  constructor(
    ctx: FakeContext,
    resolve: Resolver<M[]>,
    private readonly item: (resolve: Resolver<M>) => P,
    private readonly itemReader: (model: M, property: string) => unknown
  ) {
    super(ctx, resolve);
  }

  override load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? '').split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '' && p !== 'items');
    this.ctx.enqueue('load', null, () => {
      const models = this.model();
      this.itemList = models.map((m) =>
        this.item(() => m).preset(Object.fromEntries(names.map((n) => [n, this.itemReader(m, n)])))
      );
    });
    return this;
  }

  get items(): P[] {
    if (!this.itemList) throw new Error('PropertyNotLoaded: items');
    return this.itemList;
  }
}

function sheetReader(sheet: FakeSheet, property: string): unknown {
  if (property === 'id' || property === 'name') return sheet[property];
  throw new Error(`Fake Worksheet cannot load ${property}`);
}

class FakeProtection<M extends { protected: boolean }> extends Proxy<M> {
  constructor(ctx: FakeContext, resolve: Resolver<M>) {
    super(ctx, resolve, (model, property) =>
      property === 'protected' ? model.protected : undefined
    );
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

class FakeValueItem extends Proxy<{ value: unknown }> {
  constructor(ctx: FakeContext, resolve: Resolver<{ value: unknown }>) {
    super(ctx, resolve, (model, property) => (property === 'value' ? model.value : undefined));
  }
  get value(): unknown {
    return this.loadedValue('value');
  }
}

export class FakeTableProxy extends Proxy<FakeTable> {
  constructor(ctx: FakeContext, resolve: Resolver<FakeTable>) {
    super(ctx, resolve, (table, property) => (property === 'name' ? table.name : undefined));
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.ctx.enqueue('table.name', name, () => {
      const table = this.model();
      if (
        this.ctx.state.tables.some(
          (t) => t !== table && t.name.toLowerCase() === name.toLowerCase()
        )
      ) {
        throw new FakeOfficeError('ItemAlreadyExists');
      }
      table.name = name;
    });
  }
  set style(style: string) {
    this.ctx.enqueue('table.style', style, () => (this.model().style = style));
  }
  get worksheet(): unknown {
    return this.ctx.sheetProxy(() => this.sheetOf(this.model()));
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.resolve();
      return table && { sheet: this.sheetOf(table), area: table.area };
    });
  }
  delete(): void {
    this.ctx.enqueue('table.delete', null, () => {
      const table = this.model();
      this.ctx.state.tables = this.ctx.state.tables.filter((t) => t !== table);
    });
  }
  private sheetOf(table: FakeTable): FakeSheet {
    const sheet = this.ctx.state.sheets.find((s) => s.id === table.sheetId);
    if (!sheet) throw new FakeOfficeError('ItemNotFound');
    return sheet;
  }
}

function areaOf(range: unknown): RangeModel {
  const model = (range as { resolve: () => RangeModel | null }).resolve();
  if (!model) throw new FakeOfficeError('ItemNotFound');
  return model;
}

class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => FakeChart['series'][number]
  ) {}
  set name(name: string) {
    this.ctx.enqueue('series.name', name, () => (this.series().name = name));
  }
  set chartType(type: string) {
    this.ctx.enqueue('series.chartType', type, () => (this.series().chartType = type));
  }
  set axisGroup(group: string) {
    this.ctx.enqueue('series.axisGroup', group, () => (this.series().axisGroup = group));
  }
  setValues(range: FakeRange): void {
    this.ctx.enqueue('series.setValues', null, () => (this.series().values = areaOf(range).area));
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.enqueue(
      'series.setXAxisValues',
      null,
      () => (this.series().xValues = areaOf(range).area)
    );
  }
}

export class FakeChartProxy extends Proxy<FakeChart> {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };

  constructor(
    ctx: FakeContext,
    resolve: Resolver<FakeChart>,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx, resolve, (chart, property) => (property === 'name' ? chart.name : undefined));
    const title = {} as { text: string };
    Object.defineProperty(title, 'text', {
      set: (text: string) => ctx.enqueue('chart.title', text, () => (this.model().title = text)),
    });
    this.title = title;
    this.series = {
      getItemAt: (i) => new FakeSeries(ctx, () => this.model().series[i] ?? fail('ItemNotFound')),
      add: (name) => {
        let added: FakeChart['series'][number] | undefined;
        ctx.enqueue('series.add', name, () => {
          added = { name };
          this.model().series.push(added);
        });
        return new FakeSeries(ctx, () => added ?? fail('ItemNotFound'));
      },
    };
  }
  setPosition(start: FakeRange, end: FakeRange): void {
    this.ctx.enqueue(
      'chart.setPosition',
      null,
      () => (this.model().position = [areaOf(start).area, areaOf(end).area])
    );
  }
  delete(): void {
    this.ctx.enqueue('chart.delete', null, () => {
      const chart = this.model();
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

function fail(code: string): never {
  throw new FakeOfficeError(code);
}

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

  constructor(ctx: FakeContext, resolve: Resolver<FakeSheet>) {
    super(ctx, resolve, sheetReader);
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
