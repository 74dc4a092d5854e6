/**
 * Finds a cycle through `start` in a prerequisite graph (module id → ids it requires).
 * Returns the path `start → … → start`, or null. Iterative, so a long chain cannot blow the stack.
 */
export function findCycleThrough(graph: ReadonlyMap<string, readonly string[]>, start: string): string[] | null {
  const parent = new Map<string, string>();
  const seen = new Set<string>();
  const stack = [...(graph.get(start) ?? [])].map((id) => ({ id, from: start }));
  while (stack.length) {
    const { id, from } = stack.pop()!;
    if (id === start) {
      const path = [start];
      for (let at: string | undefined = from; at && at !== start; at = parent.get(at)) path.unshift(at);
      path.unshift(start);
      return path;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    parent.set(id, from);
    for (const next of graph.get(id) ?? []) stack.push({ id: next, from: id });
  }
  return null;
}
