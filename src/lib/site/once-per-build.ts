/**
 * Work that depends only on the site's data, done once per build rather than once per page: a thousand briefings
 * each drawing the same trade panel need its ranking worked out once. Answers are kept against the data object
 * itself (a WeakMap), so new data (each request in `npm run dev`, each test's own rows) is worked out afresh, and
 * an answer is never handed to a caller with other data.
 */

const answers = new WeakMap<object, Map<string, unknown>>();

/**
 * The answer `work()` gives for `data` and `key`, worked out the first time it is asked for. `work` must be a pure
 * function of the two, and callers must not change what it returns: every page shares the one answer.
 */
export function oncePerData<T>(data: object, key: string, work: () => T): T {
  let byKey = answers.get(data);
  if (!byKey) answers.set(data, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const answer = work();
  byKey.set(key, answer);
  return answer;
}
