import { useQuery } from "@tanstack/react-query";
import { unwrap } from "./api-error.js";
import { api } from "./client.js";

/* Queries several pages read: one definition each, so a cache key always holds the same request's answer. */

export function useThemes() {
  return useQuery({ queryKey: ["themes"], queryFn: () => unwrap(api.api.themes.$get({ query: {} })) });
}

export function useIndicators() {
  return useQuery({ queryKey: ["indicators"], queryFn: () => unwrap(api.api.indicators.$get({ query: {} })) });
}

export type GranularityChoice = "auto" | "month" | "quarter" | "year";

/**
 * Articles and stories per period on the API's time model (consecutive periods, coarser and undated dates apart),
 * over the whole corpus or only those mentioning `entity`; `auto` lets the span choose the granularity.
 */
export function useTimeline({
  entity,
  staleTime,
  granularity = "auto",
  enabled = true,
}: {
  entity?: number;
  staleTime?: number;
  granularity?: GranularityChoice;
  /** False until the answer is wanted (a sparkline scrolled near the screen). */
  enabled?: boolean;
} = {}) {
  return useQuery({
    queryKey: entity === undefined ? ["timeline", granularity] : ["timeline", granularity, "entity", entity],
    queryFn: () =>
      unwrap(
        api.api.timeline.$get({
          query: { granularity, ...(entity === undefined ? {} : { entity: String(entity) }) },
        }),
      ),
    ...(staleTime === undefined ? {} : { staleTime }),
    enabled,
  });
}
