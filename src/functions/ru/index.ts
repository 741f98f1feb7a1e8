/**
 * The Russian help of every TA.* function, collected from one map per function file.
 *
 * How to add Russian help for a new group of functions (e.g. `src/functions/decisionFunctions.ts`):
 * 1. Create `src/functions/ru/<group>.ts` exporting a `RussianMap` (see types.ts):
 *      export const decisionRu: RussianMap = {
 *        DELTANP: { name: 'ПРИБЫЛЬ.ИЗМЕНЕНИЕ', description: '…', parameters: [{ name: 'изм_прохода', description: '…' }] },
 *      };
 *    Keys are the `@customfunction` ids; `parameters` follow the JSDoc `@param`s one to one, in order.
 * 2. Import it below and add it to GROUPS (one line each; keep the list sorted by file name).
 * 3. Follow the naming rules (checked at build time by naming.ts and by test/functions/ru.test.ts):
 *    - a Russian name is upper-case Cyrillic words joined by `.` or `_`: a domain noun first
 *      (ПРОХОД, ПЛАН, РОМ, ЗАГРУЗКА, ОЕ, ПРИБЫЛЬ…), then qualifiers: `ПРОХОД.НАЧАС`, `ЗАГРУЗКА.РОМ`;
 *    - letters, `_` and `.` only, starting with a letter, at least 3 characters, no digits;
 *    - never the name of a built-in Excel function in Russian or English (ДОХОД, РАНГ, СУММ…);
 *    - parameter names are lower-case Russian words joined by `_` (цена, апз, время_РОМ);
 *    - descriptions use the terms of docs/domain: проход, абсолютно переменные затраты (АПЗ),
 *      операционные расходы (ОЕ), чистая прибыль (ЧП), ресурс ограниченной мощности (РОМ);
 *      examples use `;` as the argument separator, as Russian Excel does.
 * The build (scripts/russianMetadataPlugin.js) writes functions.ru.json from functions.json and
 * this map, and fails when an id, a parameter count or a name rule does not match.
 */
import { clientBaseRu } from './clientBase';
import { clientsRu } from './clients';
import { decisionsRu } from './decisions';
import { factRu } from './fact';
import { mixRu } from './mix';
import { optimalMixRu } from './optimalMix';
import { profitRu } from './profit';
import { throughputRu } from './throughput';
import type { RussianMap } from './types';

export type { RussianFunction, RussianMap } from './types';

const GROUPS: readonly RussianMap[] = [
  clientBaseRu,
  clientsRu,
  decisionsRu,
  factRu,
  mixRu,
  optimalMixRu,
  profitRu,
  throughputRu,
];

/** Every group merged; an id defined twice is a programming error. */
export function russianHelp(groups: readonly RussianMap[] = GROUPS): RussianMap {
  const merged: Record<string, RussianMap[string]> = {};
  for (const group of groups) {
    for (const [id, help] of Object.entries(group)) {
      if (id in merged) throw new Error(`Russian help for ${id} is defined twice`);
      merged[id] = help;
    }
  }
  return merged;
}
