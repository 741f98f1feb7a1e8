import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy…/waitFor wait for the pane's state, never for a time: this limit only turns a hang into
// a failure. A busy two-core machine can take many seconds for what takes 50 ms at rest.
configure({ asyncUtilTimeout: 60_000 });

// Fluent's MessageBar observes its size; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

/*
 * jsdom's getComputedStyle matches every CSS rule of the document against the element and its
 * ancestors, and Testing Library calls it for every candidate of a role query (is it hidden?).
 * Fluent's Griffel inserts a thousand atomic rules, which made role queries most of a pane test's
 * time. Only rules that can hide an element or stop a pointer change what a test observes
 * (Testing Library: display, visibility; jest-dom's toBeVisible: opacity; user-event:
 * pointer-events), so only those are kept.
 */
const OBSERVABLE = /display|visibility|opacity|pointer-events/;
{
  const probe = document.createElement('style');
  document.head.append(probe);
  const sheet = Object.getPrototypeOf(probe.sheet) as CSSStyleSheet;
  probe.remove();
  const insertRule = sheet.insertRule;
  sheet.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
    return OBSERVABLE.test(rule) ? insertRule.call(this, rule, index) : (index ?? 0);
  };
}
