import { useCallback, useState } from 'react';

/**
 * Paging over the API's opaque cursors: a stack of the cursors that led to each page,
 * so "previous" needs no cursor from the server.
 */
export function useCursorPager() {
  const [stack, setStack] = useState<(string | null)[]>([null]);

  const next = useCallback((cursor: string) => setStack((s) => [...s, cursor]), []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);

  return {
    cursor: stack[stack.length - 1],
    page: stack.length,
    hasPrevious: stack.length > 1,
    next,
    previous,
    reset,
  };
}

export type CursorPager = ReturnType<typeof useCursorPager>;
