/** The Russian help of one custom function: its name in Russian Excel and its descriptions. */
export type RussianFunction = {
  /** Russian name: letters, `_` and `.`, starting with a letter, ≥ 3 characters (see naming.ts). */
  readonly name: string;
  readonly description: string;
  /** One entry per parameter, in the same order as the English JSDoc `@param`s. */
  readonly parameters: readonly { readonly name: string; readonly description: string }[];
};

/** Russian help by function id (the `@customfunction` id, e.g. `THROUGHPUT`). */
export type RussianMap = Readonly<Record<string, RussianFunction>>;
