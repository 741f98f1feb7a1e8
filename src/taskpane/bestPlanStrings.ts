/**
 * The pane's words for the method switch and the best plan (en + ru, same keys), merged into
 * `i18n.ts`. Russian terms: «проход», «ресурс», «теневая цена» (the value of one more hour).
 */
export const bestPlanEn = {
  methodLabel: 'Method',
  methodOptimal: 'Best plan (all resources)',
  methodRanking: 'Ranking by the constraint',
  bestSolving: 'Finding the best plan…',
  bestCancel: 'Cancel',
  bestRetry: 'Find the best plan again',
  bestOptimal: 'Proven best plan.',
  bestFeasible: 'Best plan found; the best possible is at most {gap} of ΣT higher.',
  bestTimeLimit:
    'The time limit ran out: the best plan found so far; the best possible is at most {gap} of ΣT higher.',
  bestTimeLimitNoBound: 'The time limit ran out: the best plan found so far is shown.',
  bestCancelled: 'The search for the best plan was cancelled.',
  bestInfeasible:
    'The minimum quantities alone need {required} {unit} of {resource}, {excess} more than its capacity of {capacity}.',
  bestFailed: 'The solver failed ({message}).',
  bestTable: 'Best plan',
  colBest: 'Best',
  colRanking: 'Ranking',
  bestThroughput: 'ΣT, best plan',
  rankingThroughput: 'ΣT, ranking by the constraint',
  bestDifference: 'Difference',
  reasonSeveralBinding: 'Several resources bind: one ranking cannot serve them all.',
  reasonWholeUnits: 'Whole units: the ranking leaves time another combination of units uses.',
  reasonOtherConstraint: 'Another resource binds, not the one the ranking is by.',
  reasonNone: 'Both plans earn the same.',
  shadowTitle: 'One more hour of a binding resource',
  shadowPrice: '{resource}: one more hour adds {value} to ΣT',
  shadowRange:
    '{resource}: one more hour adds {value} to ΣT (while its capacity is {from}–{to} {unit})',
  shadowRangeOpen:
    '{resource}: one more hour adds {value} to ΣT (while its capacity is {from} {unit} or more)',
  shadowNone: 'No resource binds: demand limits the plan.',
};

export const bestPlanRu: typeof bestPlanEn = {
  methodLabel: 'Метод',
  methodOptimal: 'Лучший план (все ресурсы)',
  methodRanking: 'Ранжирование по ограничению',
  bestSolving: 'Ищу лучший план…',
  bestCancel: 'Отменить',
  bestRetry: 'Искать лучший план снова',
  bestOptimal: 'Доказанно лучший план.',
  bestFeasible: 'Найден лучший план; лучший возможный выше не более чем на {gap} прохода.',
  bestTimeLimit:
    'Время вышло: показан лучший найденный план; лучший возможный выше не более чем на {gap} прохода.',
  bestTimeLimitNoBound: 'Время вышло: показан лучший найденный план.',
  bestCancelled: 'Поиск лучшего плана отменён.',
  bestInfeasible:
    'Одни минимальные количества требуют {required} ({unit}) ресурса {resource} — на {excess} больше его мощности {capacity}.',
  bestFailed: 'Ошибка решателя ({message}).',
  bestTable: 'Лучший план',
  colBest: 'Лучший',
  colRanking: 'Ранжир.',
  bestThroughput: 'ΣT, лучший план',
  rankingThroughput: 'ΣT, ранжирование по ограничению',
  bestDifference: 'Разница',
  reasonSeveralBinding:
    'Ограничивают несколько ресурсов сразу: одно ранжирование не может учесть их все.',
  reasonWholeUnits:
    'Целые единицы: ранжирование оставляет время, которое другое сочетание единиц использует.',
  reasonOtherConstraint: 'Ограничивает другой ресурс, а не тот, по которому ранжировали.',
  reasonNone: 'Оба плана дают одинаковый проход.',
  shadowTitle: 'Ещё один час ограничивающего ресурса',
  shadowPrice: '{resource}: ещё один час добавляет {value} к ΣT',
  shadowRange:
    '{resource}: ещё один час добавляет {value} к ΣT (пока мощность от {from} до {to}, {unit})',
  shadowRangeOpen:
    '{resource}: ещё один час добавляет {value} к ΣT (пока мощность не меньше {from}, {unit})',
  shadowNone: 'Ни один ресурс не ограничивает: план ограничен спросом.',
};
