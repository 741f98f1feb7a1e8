import type { Locale } from '../locale';
import type { TimeUnit } from '../planView';
import type { FreedHours } from './freedHours';

/** The value of the hours in words: what they earn, and how that was found. */
export function freedText(freed: FreedHours, timeUnit: TimeUnit, locale: Locale): string {
  const { strings, say, formats } = locale;
  switch (freed.status) {
    case 'noResource':
      return strings.decFreedNoResource;
    case 'mixFailed':
      return strings.decFreedMixFailed;
    case 'bestPending':
      return strings.decFreedPending;
    case 'exceedsCapacity':
      return say(strings.decFreedExceeds, {
        resource: freed.resource,
        capacity: formats.time(freed.capacity),
        unit: strings[timeUnit],
      });
    case 'valued':
      return valuedText(freed, timeUnit, locale);
  }
}

function valuedText(
  freed: Extract<FreedHours, { status: 'valued' }>,
  timeUnit: TimeUnit,
  { strings, say, formats }: Locale
): string {
  const unit = strings[timeUnit];
  const price = freed.perHour === null ? '' : formats.rate(freed.perHour);
  const capacity = formats.time(freed.capacity);
  const head = say(freed.hours < 0 ? strings.decFreedFewer : strings.decFreedMore, {
    hours: formats.quantity(Math.abs(freed.hours)),
    resource: freed.resource,
    amount: formats.money(freed.deltaThroughput),
  });
  const moves = freed.moves
    .map(
      (m) =>
        `${m.product} ${m.quantityChange > 0 ? '+' : '−'}${formats.quantity(Math.abs(m.quantityChange))}`
    )
    .join(', ');
  const sentences = [moves === '' ? `${head}.` : `${head} (${moves}).`];
  const { method } = freed;
  const values = { resource: freed.resource, price, capacity, unit };
  if (method.kind === 'shadowPrice') {
    const from = formats.time(method.from);
    sentences.push(
      method.to === null
        ? say(strings.decFreedByShadowOpen, { ...values, from })
        : say(strings.decFreedByShadow, { ...values, from, to: formats.time(method.to) })
    );
  } else if (method.kind === 'resolved') {
    if (method.reason === 'wholeUnits') sentences.push(say(strings.decFreedWholeUnits, values));
    else if (method.reason === 'beyondRange' && method.limit !== null)
      sentences.push(
        say(strings.decFreedBeyondRange, { ...values, limit: formats.time(method.limit) })
      );
    else sentences.push(say(strings.decFreedResolved, values));
  } else sentences.push(say(strings.decFreedByRanking, values));
  const { nothing } = freed;
  if (nothing?.kind === 'demandMet') sentences.push(strings.decFreedDemandMet);
  else if (nothing?.kind === 'idle') sentences.push(say(strings.decFreedIdle, values));
  else if (nothing?.kind === 'otherFull')
    sentences.push(say(strings.decFreedOtherFull, { other: nothing.resource }));
  if (freed.deltaThroughput > 0)
    sentences.push(say(strings.decFreedBound, { amount: formats.money(freed.deltaThroughput) }));
  return sentences.join(' ');
}
