/** Russian help of clientFunctions.ts and clientQualificationFunctions.ts. */
import type { RussianMap } from './types';

const stepPrice = {
  name: 'цена',
  description: 'Цена каждой ступени, деньги; один столбец (или строка) ступеней.',
};
const reach = {
  name: 'доля_дошедших',
  description:
    'Доля купивших первую ступень, которые доходят до этой ступени (1 = 100 % для первой, 0,5 = 50 %); того же размера.',
};
const ltv = {
  name: 'LTV',
  description: 'LTV — пожизненная ценность клиента (выручка с клиента за всё время), деньги.',
};
const turnoverTarget = {
  name: 'цель_оборота',
  description: 'Цель клиента по обороту в месяц, деньги.',
};
const minLtv = { name: 'порог_LTV', description: 'Порог LTV, деньги; не задан — 15 000.' };
const minTurnover = {
  name: 'порог_оборота',
  description: 'Порог оборота в месяц, деньги; не задан — 300 000.',
};
const trainingPrice = { name: 'цена', description: 'Цена тренинга за одного участника, деньги.' };
const consultationPrice = { name: 'цена', description: 'Цена одной консультации, деньги.' };
const trainingsPerMonth = { name: 'тренингов_в_месяц', description: 'Сколько тренингов в месяц.' };
const peoplePerTraining = {
  name: 'человек_на_тренинге',
  description: 'Сколько человек на одном тренинге.',
};
const consultationsPerClient = {
  name: 'консультаций_на_клиента',
  description: 'Сколько консультаций покупает один клиент.',
};
const clientsPerMonth = { name: 'клиентов_в_месяц', description: 'Новых клиентов в месяц.' };

export const clientsRu: RussianMap = {
  LTV: {
    name: 'ЛТВ',
    description:
      'LTV по ступеням пути клиента: Σ цена ступени × доля купивших первую ступень, которые до неё дошли. Пример: первая ступень 3 000 для всех, вторая 24 000 для 50 %: =TA.ЛТВ(B2:B3; C2:C3) даёт 15 000.',
    parameters: [stepPrice, reach],
  },
  LTVT: {
    name: 'ЛТВ.ПРОХОД',
    description:
      'LTV в проходе: Σ (цена − АПЗ) ступени × доля дошедших до неё. Пример: =TA.ЛТВ.ПРОХОД(B2:B3; C2:C3; D2:D3).',
    parameters: [
      stepPrice,
      reach,
      {
        name: 'апз',
        description: 'Абсолютно переменные затраты каждой ступени, деньги; того же размера.',
      },
    ],
  },
  LTVLIST: {
    name: 'ЛТВ.СПИСОК',
    description:
      'LTV по списку покупок: среднее по разным клиентам от суммы их покупок. Суммы в проходе дают LTV в проходе. Пример: =TA.ЛТВ.СПИСОК(A2:A500; B2:B500).',
    parameters: [
      {
        name: 'клиенты',
        description:
          'Клиент каждой покупки (имя, код или телефон); пустые строки без суммы пропускаются.',
      },
      {
        name: 'суммы',
        description: 'Сумма каждой покупки, деньги (отрицательная — возврат); того же размера.',
      },
    ],
  },
  TURNOVER: {
    name: 'ОБОРОТ.ТЕКУЩИЙ',
    description:
      'Текущий оборот в месяц: цена основного продукта × покупателей в месяц × занятий в месяц. Пример: =TA.ОБОРОТ.ТЕКУЩИЙ(10000; 12; 2) даёт 240 000.',
    parameters: [
      { name: 'цена', description: 'Цена основного продукта, деньги.' },
      {
        name: 'покупателей_в_месяц',
        description: 'Сколько человек покупают его в месяц (на одном тренинге).',
      },
      {
        name: 'занятий_в_месяц',
        description: 'Сколько занятий (тренингов, сессий) проходит в месяц.',
      },
    ],
  },
  TURNOVERTARGET: {
    name: 'ОБОРОТ.ЦЕЛЬ',
    description:
      'Цель по обороту в месяц: клиентов в месяц × LTV. Пример: =TA.ОБОРОТ.ЦЕЛЬ(20; 15000) даёт 300 000.',
    parameters: [clientsPerMonth, { ...ltv, name: 'LTV' }],
  },
  GROUPTARGET: {
    name: 'ОБОРОТ.ЦЕЛЬ_ГРУППЫ',
    description:
      'Цель по обороту групповых тренингов: цена × тренингов в месяц × человек на тренинге. Пример: =TA.ОБОРОТ.ЦЕЛЬ_ГРУППЫ(25000; 3; 50) даёт 3 750 000.',
    parameters: [trainingPrice, trainingsPerMonth, peoplePerTraining],
  },
  INDIVIDUALTARGET: {
    name: 'ОБОРОТ.ЦЕЛЬ_ИНДИВИДУАЛЬНО',
    description:
      'Цель по обороту индивидуальных консультаций: консультаций на клиента × цена × клиентов в месяц. Пример: =TA.ОБОРОТ.ЦЕЛЬ_ИНДИВИДУАЛЬНО(5000; 4; 15) даёт 300 000.',
    parameters: [consultationPrice, consultationsPerClient, clientsPerMonth],
  },
  QUALIFY: {
    name: 'КЛИЕНТ.ПОДХОДИТ',
    description:
      'ИСТИНА, если клиент нам подходит: LTV не ниже порога LTV и цель по обороту в месяц не ниже порога оборота (по умолчанию 15 000 и 300 000). Пример: =TA.КЛИЕНТ.ПОДХОДИТ(15000; 3750000) даёт ИСТИНА.',
    parameters: [ltv, turnoverTarget, minLtv, minTurnover],
  },
  PRICERAISE: {
    name: 'ЦЕНА.ПОВЫШЕНИЕ',
    description:
      'На сколько поднять цену, чтобы и LTV, и цель по обороту дошли до порогов (оба растут вместе с ценой): 0,25 = +25 %; 0, если клиент уже подходит. Пример: =TA.ЦЕНА.ПОВЫШЕНИЕ(12000; 200000) даёт 0,5.',
    parameters: [ltv, turnoverTarget, minLtv, minTurnover],
  },
  SECONDSTEP: {
    name: 'СТУПЕНЬ.ВТОРАЯ',
    description:
      'Вторая ступень, которая поднимает LTV до порога: по её цене — нужная доля перешедших, по доле — нужная цена (без обоих — цена при 50 %); 0, если LTV уже не ниже порога. Пример: =TA.СТУПЕНЬ.ВТОРАЯ(3000; ; 0,5) даёт 24 000.',
    parameters: [
      { ...ltv, description: 'LTV клиента сейчас, деньги.' },
      {
        name: 'цена_ступени',
        description: 'Цена второй ступени, деньги; задайте, чтобы найти долю перешедших.',
      },
      {
        name: 'конверсия',
        description:
          'Доля купивших первую ступень, которые берут вторую (0,5 = 50 %); задайте, чтобы найти цену.',
      },
      minLtv,
    ],
  },
  TRAININGSNEEDED: {
    name: 'ТРЕНИНГИ.НУЖНО',
    description:
      'Сколько тренингов в месяц нужно для порога оборота: ⌈порог ÷ (цена × человек на тренинге)⌉. Пример: =TA.ТРЕНИНГИ.НУЖНО(10000; 10) даёт 3.',
    parameters: [trainingPrice, peoplePerTraining, minTurnover],
  },
  GROUPSIZENEEDED: {
    name: 'ГРУППА.НУЖНО',
    description:
      'Сколько человек на тренинге нужно для порога оборота: ⌈порог ÷ (цена × тренингов в месяц)⌉. Пример: =TA.ГРУППА.НУЖНО(10000; 2) даёт 15.',
    parameters: [trainingPrice, trainingsPerMonth, minTurnover],
  },
  CLIENTSNEEDED: {
    name: 'КЛИЕНТЫ.НУЖНО',
    description:
      'Сколько клиентов в месяц нужно для порога оборота на индивидуальных консультациях: ⌈порог ÷ (цена × консультаций на клиента)⌉. Пример: =TA.КЛИЕНТЫ.НУЖНО(5000; 4) даёт 15.',
    parameters: [consultationPrice, consultationsPerClient, minTurnover],
  },
};
