/**
 * A value built on first use and then shared. For pure, immutable values only (OpenCC
 * converters): sharing one then leaks nothing between callers, unlike module-level state.
 */
export function once<T>(make: () => T): () => T {
  const cell: { value?: T } = {};
  return () => {
    if (!('value' in cell)) cell.value = make();
    return cell.value as T;
  };
}
