import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { forgetStartedRequests } from "../first-requests/started.js";
import { unwrap } from "./api-error.js";
import { api } from "./client.js";

export const changesKey = ["changes"] as const;

/**
 * Polls the cheap `/api/changes` endpoint and, when the corpus changed since the last poll,
 * invalidates every other query so open pages refetch what they show, without a reload.
 */
export function useLiveUpdates(intervalMs = 4000) {
  const queryClient = useQueryClient();
  const changes = useQuery({
    queryKey: changesKey,
    queryFn: () => unwrap(api.api.changes.$get()),
    refetchInterval: intervalMs,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
  const seen = useRef<string | null>(null);
  const stamp = changes.data ? `${changes.data.lastChangedAt ?? ""}|${changes.data.articles}` : null;

  useEffect(() => {
    if (stamp === null) return;
    if (seen.current !== null && seen.current !== stamp) {
      forgetStartedRequests();
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== changesKey[0] });
    }
    seen.current = stamp;
  }, [stamp, queryClient]);

  return changes;
}
