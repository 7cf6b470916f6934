import { type FollowKind, useFollowMutations, useFollows } from "./use-follows.js";

type Props = {
  kind: FollowKind;
  /** As the API takes it: an indicator key, a country code, a person's name, a search. */
  target: string;
  /** What is followed, for the button's accessible name, e.g. "Japan's partnership". */
  label: string;
};

/** Whether the server stores this target as given: codes upper-case, people by their folded key. */
function sameTarget(kind: FollowKind, stored: string, target: string): boolean {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/[đĐ]/g, "d")
      .replace(/\s+/g, " ")
      .toLowerCase();
  if (kind === "query") return stored === target.trim();
  return fold(stored) === fold(target.trim());
}

/** Follows (or stops following) a thing: its changes then show on the Changes page, the Atom feed and the webhook. */
export function FollowButton({ kind, target, label }: Props) {
  const follows = useFollows();
  const { add, remove } = useFollowMutations();
  const followed = follows.data?.items.find((f) => f.kind === kind && sameTarget(kind, f.target, target));
  const busy = add.isPending || remove.isPending || follows.isPending;
  const error = add.error ?? remove.error;
  return (
    <span className="follow-button">
      <button
        type="button"
        aria-pressed={Boolean(followed)}
        aria-label={followed ? `Stop following ${label}` : `Follow ${label}`}
        title={followed ? "Changes are listed on the Changes page" : "List its changes on the Changes page"}
        disabled={busy || !target.trim()}
        onClick={() => (followed ? remove.mutate(followed.id) : add.mutate({ kind, target: target.trim() }))}
      >
        {followed ? "★ Following" : "☆ Follow"}
      </button>
      {error && (
        <span className="follow-error" role="alert">
          {error.message}
          {/token/i.test(error.message) ? " (set the write token on the Upload page)" : ""}
        </span>
      )}
    </span>
  );
}
