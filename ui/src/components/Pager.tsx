import type { CursorPager } from '../hooks/useCursorPager';
import { Button } from './Button';
import { Spinner } from './Spinner';

interface PagerProps {
  pager: CursorPager;
  nextCursor: string | null | undefined;
  fetching?: boolean;
}

export function Pager({ pager, nextCursor, fetching = false }: PagerProps) {
  if (!pager.hasPrevious && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-3">
      <p className="flex items-center gap-2 text-sm text-slate-600">
        Page {pager.page}
        {fetching && <Spinner size="sm" className="text-sky-700" />}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" onClick={pager.previous} disabled={!pager.hasPrevious}>
          Previous
        </Button>
        <Button
          variant="secondary"
          onClick={() => nextCursor && pager.next(nextCursor)}
          disabled={!nextCursor}
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
