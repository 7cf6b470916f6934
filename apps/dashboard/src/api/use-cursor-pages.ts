import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";

/**
 * A list the API pages with `nextCursor`: `fetchPage` gets `{}` for the first page, then `{ cursor }`
 * to spread into the request's query.
 */
export function useCursorPages<T extends { nextCursor?: string | null }>({
  queryKey,
  enabled = true,
  fetchPage,
}: {
  queryKey: QueryKey;
  enabled?: boolean;
  fetchPage: (page: { cursor?: string }) => Promise<T>;
}) {
  return useInfiniteQuery({
    queryKey,
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam ? { cursor: pageParam } : {}),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
