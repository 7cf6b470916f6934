import { useQuery } from "@tanstack/react-query";
import { unwrap } from "./api-error.js";
import { api } from "./client.js";

/* Queries several pages read: one definition each, so a cache key always holds the same request's answer. */

export function useThemes() {
  return useQuery({ queryKey: ["themes"], queryFn: () => unwrap(api.api.themes.$get()) });
}

export function useIndicators() {
  return useQuery({ queryKey: ["indicators"], queryFn: () => unwrap(api.api.indicators.$get({ query: {} })) });
}

/** Articles and stories per month, over the whole corpus or only those mentioning `entity`. */
export function useMonthlyTimeline({ entity, staleTime }: { entity?: number; staleTime?: number } = {}) {
  return useQuery({
    queryKey: entity === undefined ? ["timeline", "month"] : ["timeline", "month", "entity", entity],
    queryFn: () =>
      unwrap(
        api.api.timeline.$get({
          query: { granularity: "month", ...(entity === undefined ? {} : { entity: String(entity) }) },
        }),
      ),
    ...(staleTime === undefined ? {} : { staleTime }),
  });
}
