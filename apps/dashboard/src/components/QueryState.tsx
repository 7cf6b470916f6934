import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

type Props<T> = {
  query: UseQueryResult<T, Error>;
  /** What is loading, for the status message ("articles", "indicators"). */
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

/** Renders the loading, error (with the API's own message) and empty states of a query, then its data. */
export function QueryState<T>({ query, what, isEmpty, empty, children }: Props<T>) {
  if (query.isPending) {
    return (
      <p className="status" role="status">
        Loading {what}…
      </p>
    );
  }
  if (query.isError) return <ErrorMessage error={query.error} what={what} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <p className="empty">No {what} yet.</p>}</>;
  return <>{children(query.data)}</>;
}

export function ErrorMessage({ error, what, onRetry }: { error: Error; what: string; onRetry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {error.message}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
