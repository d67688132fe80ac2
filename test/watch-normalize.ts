// Records the longest string String.prototype.normalize was called on, without keeping any
// of them (a spy would hold every result, and these can be tens of millions of characters).
export function watchNormalize(): { longest: () => number; restore: () => void } {
  const original = String.prototype.normalize;
  let longest = 0;
  String.prototype.normalize = function normalize(this: string, form?: string) {
    longest = Math.max(longest, this.length);
    return original.call(this, form);
  };
  return { longest: () => longest, restore: () => void (String.prototype.normalize = original) };
}
