/**
 * Code the survey needs only once the respondent acts, imported right after its first render rather than
 * on first use, so it is here before anyone can answer. Until it is, `run` keeps each use and runs them once
 * it arrived, in the order they came: nothing is skipped, nothing overtakes.
 */
export class Later<T> {
  /** The code, once it arrived. */
  value?: T;
  #loading?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** Starts the import (once); resolves with the code. */
  start(): Promise<T> {
    return (this.#loading ??= this.load().then((value) => (this.value = value)));
  }

  /** Settles once the code arrived; at once when nothing asked for it yet. */
  get loaded(): Promise<unknown> | undefined {
    return this.#loading;
  }

  /** Runs `use` with the code: now when it is here, else once it arrived, after the uses that came before. */
  run(use: (value: T) => void) {
    if (this.value) use(this.value);
    else void this.start().then(use);
  }
}
