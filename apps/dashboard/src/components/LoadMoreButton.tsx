type NextPage = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };

/** Fetches the next page of a cursor-paged list; absent once the list is complete. */
export function LoadMoreButton({ pages, label = "Load more" }: { pages: NextPage; label?: string }) {
  if (!pages.hasNextPage) return null;
  return (
    <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
      {pages.isFetchingNextPage ? "Loading…" : label}
    </button>
  );
}
