import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";

/** A correction as the API takes it, typed from the route (never copied by hand). */
export type NewCorrection = InferRequestType<typeof api.api.corrections.$post>["json"];
/** What a correction form fills in; who made it is added from the author field. */
export type CorrectionDraft = NewCorrection extends infer C ? (C extends unknown ? Omit<C, "author"> : never) : never;

/** The write token the Upload page keeps for this tab; corrections need it when the server has one. */
const tokenKey = "chancery.token";
const authorKey = "chancery.author";

export function authorised() {
  const token = sessionStorage.getItem(tokenKey);
  return token ? { headers: { Authorization: `Bearer ${token}` } } : undefined;
}

/** Who the corrections made in this browser are by; kept between visits. */
export function currentAuthor(): string {
  return localStorage.getItem(authorKey)?.trim() || "analyst";
}

export function setAuthor(name: string): void {
  localStorage.setItem(authorKey, name.trim());
}

/**
 * Makes corrections one after another (a fix is a reject then an add) and, once done, refreshes every open read:
 * a correction changes metrics, lists, facets and exports alike. A fix whose add fails leaves its reject made;
 * the refresh shows it and the error says why.
 */
export function useCorrect(options: { onSuccess?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (drafts: readonly CorrectionDraft[]) => {
      const author = currentAuthor();
      const made = [];
      for (const draft of drafts) {
        const json = { ...draft, author } as NewCorrection;
        made.push(await unwrap(api.api.corrections.$post({ json }, authorised())));
      }
      return made;
    },
    // First what the caller does (leave a merged-away entity's page, which no longer exists), then refresh the rest.
    onSuccess: async () => {
      await options.onSuccess?.();
      void queryClient.invalidateQueries();
    },
    onError: () => void queryClient.invalidateQueries(),
  });
}

export function useUndo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; reason: string }) =>
      unwrap(
        api.api.corrections[":id"].undo.$post(
          { param: { id: String(input.id) }, json: { author: currentAuthor(), reason: input.reason } },
          authorised(),
        ),
      ),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
