/**
 * The example sheets a newcomer sees first: one unit of time everywhere (hours, as the pane), the
 * rate's column labelled with it, and columns wide enough that no header breaks inside a word and
 * no value of the TA.MIXTABLE spill is cut (the widths are checked against a generous estimate of
 * Arial 11 pt: 9 px a character in bold, 7.5 in regular, plus the table header's filter button).
 */
import { MIX_TABLE_LABELS } from '../../src/functions/mixTableLabels';
import { COLUMN_WIDTHS, EXAMPLES, formulasOf } from '../../playground/exampleWorkbook';
import type { Language } from '../../playground/univerHost';

const LANGUAGES: readonly Language[] = ['en', 'ru'];
const BOLD = 9;
const REGULAR = 7.5;
const FILTER_BUTTON = 28;

const longestWord = (text: string): number =>
  Math.max(...text.split(/\s+/).map((word) => [...word].length));

describe('the example sheets', () => {
  it('count the constraint’s time in hours and say so in the headers and the rate’s label', () => {
    for (const example of EXAMPLES) {
      expect(example.headers.en[3]).toMatch(/, h$/);
      expect(example.headers.ru[3]).toMatch(/, ч$/);
      expect(example.rateLabel.en).toMatch(/hour/);
      expect(example.rateLabel.ru).toMatch(/час/);
      expect(example.parameters.en[0]?.[0]).toMatch(/^(Hours|Master hours)/);
    }
    const rate = formulasOf(EXAMPLES[1]).find((cell) => cell.formula.startsWith('=TA.TPERCCR'));
    expect(rate?.label.en).toBe('T per hour of B');
  });

  it('never break a table header inside a word', () => {
    for (const language of LANGUAGES) {
      for (const example of EXAMPLES) {
        example.headers[language].forEach((header, column) => {
          const needed = longestWord(header) * BOLD + FILTER_BUTTON;
          expect([language, header, (COLUMN_WIDTHS[language][column] ?? 0) >= needed]).toEqual([
            language,
            header,
            true,
          ]);
        });
      }
    }
  });

  it('fit every TA.MIXTABLE header word and every product name of the spill', () => {
    for (const language of LANGUAGES) {
      MIX_TABLE_LABELS[language].headers.forEach((header, column) => {
        const needed = longestWord(header) * BOLD;
        expect([language, header, (COLUMN_WIDTHS[language][column] ?? 0) >= needed]).toEqual([
          language,
          header,
          true,
        ]);
      });
      const names = EXAMPLES.flatMap((example) => example.rows.map((row) => row[0][language]));
      for (const name of names) {
        expect([name, (COLUMN_WIDTHS[language][1] ?? 0) >= [...name].length * REGULAR]).toEqual([
          name,
          true,
        ]);
      }
    }
  });
});
