import { main } from '../../src/cli/ta';
import { problemFile } from './runTa';

async function taIn(env: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env,
  });
  return { code, out, err };
}

const RU = { LANG: 'ru_RU.UTF-8' };

describe('ta in Russian', () => {
  it('speaks Russian when LANG says ru_*, with Russian number format, and English with --lang en', async () => {
    const { code, out } = await taIn(RU, 'plan', 'examples/pq.json', '--table');
    expect(code).toBe(0);
    expect(out).toContain(
      'Ограничение: B. Ранжирование по проходу за мин ресурса B — это ограничение (РОМ).'
    );
    expect(out).toMatch(/№ +Продукт +Проход на ед\. +Проход за мин B +Кол-во +Проход +Загрузка B/);
    expect(out).toContain('Проход ΣT: 6\u00a0300');
    expect(out).toContain('Чистая прибыль ЧП = ΣT − ОЕ: 300');
    expect(out).toContain(
      '  B: занято 2\u00a0400 мин из 2\u00a0400 мин (100%); при полном спросе 125%, перегружен'
    );
    expect((await taIn(RU, 'plan', 'examples/pq.json', '--table', '--lang=en')).out).toContain(
      'Throughput ΣT: 6,300'
    );
  });

  it('names the wrong field in Russian on one line, exit code 2', async () => {
    const file = problemFile({ resources: [], products: [{ name: 'A', tvc: 0 }] });
    expect(await taIn(RU, 'plan', file)).toEqual({
      code: 2,
      out: '',
      err: `ta: ${file}: products[0].price: не указано (ожидается число ≥ 0)\n`,
    });
    expect((await taIn(RU, 'plan', problemFile('{"a": 1,}'))).err).toMatch(
      /: ошибка JSON в строке 1, столбце 9: ожидается имя поля в двойных кавычках\n$/
    );
    expect((await taIn(RU, 'plan', 'p.json', '--method', 'best')).err).toBe(
      'ta: --method: ожидается "greedy" или "optimal", а указано "best" (справка: ta --help)\n'
    );
  });

  it('keeps JSON keys and kinds in English and writes messages in Russian', async () => {
    const { out } = await taIn(RU, 'plan', 'examples/cut-and-stitch.json');
    const report = JSON.parse(out);
    expect(report.warnings).toEqual([
      {
        kind: 'severalOverloaded',
        message:
          'перегружено несколько ресурсов ("Fabric (m)", "Tailors"): ранжирование по одному из них может дать не лучший план; лучший найдёт --method optimal',
      },
    ]);
  });

  it('explains the exact plan and the missing plan in Russian', async () => {
    const optimal = await taIn(
      RU,
      'plan',
      'examples/cut-and-stitch.json',
      '--method=optimal',
      '--table'
    );
    expect(optimal.out.split('\n')[0]).toBe(
      'Метод: точный оптимум по всем ресурсам — доказанно лучший план; он даёт на 1\u00a0200 больше плана ранжирования (24\u00a0800): ограничивают несколько ресурсов, и одно ранжирование не учитывает их все.'
    );
    expect(optimal.out).toContain(
      '  "Tailors": +4 за ч, действует от 3\u00a0000 ч до 3\u00a0800 ч'
    );
    const file = problemFile({
      resources: [{ name: 'Мастер', capacity: 10, unit: 'ч' }],
      products: [
        { name: 'Окраска', price: 5, tvc: 1, demand: 9, minimum: 9, usage: { Мастер: 2 } },
      ],
    });
    expect(await taIn(RU, 'plan', file, '--table')).toEqual({
      code: 1,
      out: 'Плана нет: одни минимальные количества требуют 18 ч ресурса "Мастер", а у него 10 ч (не хватает 8 ч).\n',
      err: '',
    });
  });

  it('prints the Russian help and refuses an unknown language', async () => {
    expect((await taIn(RU, '--help')).out).toMatch(/^Запуск: ta plan <задача\.json> \[параметры\]/);
    expect((await taIn({}, 'plan', 'p.json', '--lang', 'de')).err).toBe(
      'ta: --lang expects "en" or "ru", got "de" (ta --help for usage)\n'
    );
  });
});
