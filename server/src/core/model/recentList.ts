/**
 * A few values kept most recent first, found by a test rather than a key: the
 * caches of the model compare entity lists (by identity, or by names), which
 * make poor Map keys. Small on purpose: a find walks the list.
 */
export class RecentList<T> {
  private readonly items: T[] = [];

  constructor(private readonly capacity: number) {}

  /** The first value that passes `test`, moved to the front. */
  find(test: (item: T) => boolean): T | undefined {
    const index = this.items.findIndex(test);
    if (index < 0) return undefined;
    const item = this.items[index]!;
    if (index > 0) {
      this.items.splice(index, 1);
      this.items.unshift(item);
    }
    return item;
  }

  /** Puts `item` in front, dropping the oldest past the capacity. */
  add(item: T): T {
    this.items.unshift(item);
    if (this.items.length > this.capacity) this.items.length = this.capacity;
    return item;
  }
}
