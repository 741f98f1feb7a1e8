import type { en } from './en';

/** What `ta` says about its arguments and the problem file, in Russian (terms as in the pane). */
export const ru: typeof en = {
  locale: 'ru-RU',
  hoursUnit: 'ч',
  minutesUnit: 'мин',
  usage: `Запуск: ta plan <задача.json> [параметры]

  Строит производственную программу (план продаж) по файлу задачи
  (формат: README «Command line», docs/cli.md, examples/).

Параметры:
  --fractional          дробные количества (по умолчанию целые единицы)
  --table               понятная таблица вместо JSON
  --method greedy       ранжирование по проходу на единицу времени ограничения (по умолчанию)
  --method optimal      точный лучший план по всем ресурсам (LP/MILP), рядом план ранжирования
  --rank-by РЕСУРС      ранжировать по этому ресурсу, а не по найденному ограничению
  --lang en|ru          язык сообщений и таблицы (по умолчанию — по LANG)
  -h, --help            эта справка

Коды выхода: 0 — план есть; 1 — плана нет (минимумы не помещаются в ресурс, проход не ограничен,
итоги больше 1e308); 2 — неверный запуск или файл (сообщение называет поле). Ошибка — одна строка
в stderr.`,
  seeHelp: '(справка: ta --help)',
  unknownOption: (option) => `неизвестный параметр ${option} (список: ta --help)`,
  takesNoValue: (option) => `у параметра ${option} не бывает значения`,
  needsValue: (option) => `после ${option} нужно значение`,
  missingCommand: 'не указана команда: ta plan <задача.json>',
  unknownCommand: (command) => `неизвестная команда ${command} (команда одна: "plan")`,
  missingFile: 'не указан файл задачи: ta plan <задача.json>',
  unexpectedArgument: (argument) => `лишний аргумент ${argument}`,
  expectsOneOf: (option, choices, got) =>
    `${option}: ожидается ${choices.map((c) => `"${c}"`).join(' или ')}, а указано ${got}`,
  rankByNone: '--rank-by: в файле нет ресурсов',
  rankByUnknown: (name, names) => `--rank-by: нет ресурса с именем ${name}; ресурсы: ${names}`,

  andMore: (listed, more) => `${listed} и ещё ${more}`,
  beyondDouble: 'больше 1e308',

  noSuchFile: 'файла нет',
  isFolder: 'это папка, а не файл',
  notAllowed: 'нет прав на чтение',
  cannotRead: 'не удаётся прочитать',
  utf16: 'файл в кодировке UTF-16: сохраните его в UTF-8',
  notUtf8: 'текст не в UTF-8: сохраните файл в UTF-8',
  tooLargeToRead: 'файл слишком велик для чтения',
  notJson: 'это не JSON',
  notJsonAt: (line, column, what) => `ошибка JSON в строке ${line}, столбце ${column}: ${what}`,
  syntax: {
    InvalidSymbol: 'непонятные символы',
    InvalidNumberFormat: 'неверно записано число',
    PropertyNameExpected: 'ожидается имя поля в двойных кавычках',
    ValueExpected: 'ожидается значение',
    ColonExpected: 'ожидается ":"',
    CommaExpected: 'ожидается ","',
    CloseBraceExpected: 'ожидается "}"',
    CloseBracketExpected: 'ожидается "]"',
    EndOfFileExpected: 'после конца JSON есть ещё текст',
    InvalidCommentToken: 'в JSON не бывает комментариев',
    UnexpectedEndOfComment: 'в JSON не бывает комментариев',
    UnexpectedEndOfString: 'кавычка не закрыта до конца строки',
    UnexpectedEndOfNumber: 'число оборвано',
    InvalidUnicode: 'неверная последовательность \\u',
    InvalidEscapeCharacter: 'неверная escape-последовательность в тексте',
    InvalidCharacter: 'управляющий символ внутри текста',
  },

  expected: (path, what, got) => `${path}: ожидается ${what}, а указано ${got}`,
  missing: (path, what) => `${path}: не указано (ожидается ${what})`,
  aList: 'список',
  anObject: 'объект',
  unknownField: (at, field, known) => `${at}неизвестное поле ${field} (допустимы: ${known})`,
  theFile: '(файл)',
  wanted: {
    numberAtLeastZero: 'число ≥ 0',
    numberAboveZero: 'число > 0',
    nonEmptyText: 'непустой текст',
    list: 'список ([…])',
    root: 'объект с "resources" и "products"',
    timeUnit: '"hours" или "minutes"',
    unit: (max) => `короткая единица до ${max} знаков в одну строку ("ч", "мин", "м")`,
    resource: 'объект с "name" и "capacity"',
    product: 'объект с "name", "price" и "tvc"',
    usage: 'объект «имя ресурса → время на единицу»',
    atMostDemand: (demand) => `число ≤ спроса (${demand})`,
  },
  sameName: (name, first) => `имя ${name} уже есть у resources[${first}]; имена должны различаться`,
  noProducts: 'список пуст (нужен хотя бы один продукт)',
  noWholeUnits: (minimum, wholeMinimum, demand, wholeDemand) =>
    `${minimum} — это ${wholeMinimum} целых единиц, больше спроса ${demand} (${wholeDemand} целых): укажите целые числа или планируйте с --fractional`,
  unknownResource: (name) => `неизвестный ресурс ${name}`,
  andMoreUnknown: (count) => ` (и ещё ${count})`,
  didYouMean: (name) => `; может быть, ${name}?`,
  noResources: '; в файле нет ресурсов',
  resourcesAre: (names) => `; ресурсы: ${names}`,
  tooLarge: (products, resources, max) =>
    `${products} продуктов × ${resources} ресурсов — больше значений времени, чем вмещает ta (${max}); оставьте ресурсы, которые могут стать ограничением`,
};
