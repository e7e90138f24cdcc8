// The HPACK dynamic table (RFC 7541 §2.3.2, §4): newest entry first, sized as name + value + 32
// octets per entry, oldest entries evicted to stay within the current maximum.

export const ENTRY_OVERHEAD = 32;

export class DynamicTable {
  /** Oldest first, so that adding is a push and evicting a shift. */
  readonly #entries: Array<readonly [string, string]> = [];
  #size = 0;
  #maxSize: number;

  constructor(maxSize: number) {
    this.#maxSize = maxSize;
  }

  get length(): number {
    return this.#entries.length;
  }

  /** Octets the entries count for. */
  get size(): number {
    return this.#size;
  }

  get maxSize(): number {
    return this.#maxSize;
  }

  /** Entry `index` counted from the newest (0). */
  get(index: number): readonly [string, string] | undefined {
    return this.#entries[this.#entries.length - 1 - index];
  }

  /** Adds an entry; one larger than the whole table empties it (RFC 7541 §4.4). Names and values are
   *  strings of one char per octet, so their lengths are octet counts. */
  add(name: string, value: string): void {
    const size = name.length + value.length + ENTRY_OVERHEAD;
    this.evictTo(this.#maxSize - size);
    if (size > this.#maxSize) return;
    this.#entries.push([name, value]);
    this.#size += size;
  }

  resize(maxSize: number): void {
    this.#maxSize = maxSize;
    this.evictTo(maxSize);
  }

  private evictTo(limit: number): void {
    while (this.#size > Math.max(limit, 0) && this.#entries.length > 0) {
      const [name, value] = this.#entries.shift() as readonly [string, string];
      this.#size -= name.length + value.length + ENTRY_OVERHEAD;
    }
  }
}
