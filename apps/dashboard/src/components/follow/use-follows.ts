import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";

export const followsKey = ["watch", "follows"] as const;
/** The write token the Upload page keeps for this tab; follows need it when the server has one. */
const tokenKey = "chancery.token";

function authorised() {
  const token = sessionStorage.getItem(tokenKey);
  return token ? { headers: { Authorization: `Bearer ${token}` } } : undefined;
}

export type FollowKind = "indicator" | "partnership" | "person" | "query";

/** The watchlist, shared by every Follow button and the Changes page. */
export function useFollows() {
  return useQuery({ queryKey: followsKey, queryFn: () => unwrap(api.api.watch.follows.$get()) });
}

export function useFollowMutations() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["watch"] });
  const add = useMutation({
    mutationFn: (input: { kind: FollowKind; target: string }) =>
      unwrap(api.api.watch.follows.$post({ json: input }, authorised())),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: number) =>
      unwrap(api.api.watch.follows[":id"].$delete({ param: { id: String(id) } }, authorised())),
    onSuccess: refresh,
  });
  return { add, remove };
}
