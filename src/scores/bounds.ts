/**
 * How much a summary tallies of what anyone may post (CONTRACT §7, 1.1): question names of one kind, and
 * values within one question (choice options, statement ids, Kano feature wordings). Past a bound, the first
 * seen are kept and every answer still counts in `n`, so memory stays bounded and nothing counted is lost.
 */
export const TALLIED_NAMES = 100;
export const TALLIED_VALUES = 1000;

/** Whether `map` may take `key`: it has it already, or it is below `bound`. */
export const mayTally = (map: ReadonlyMap<string, unknown>, key: string, bound: number) =>
  map.has(key) || map.size < bound;
