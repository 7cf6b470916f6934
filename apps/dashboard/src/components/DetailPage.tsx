import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { QueryState } from "./QueryState.js";

/** The frame of a one-record page: a breadcrumb back to its list, then the record once it has loaded. */
export function DetailPage<T>({
  back,
  query,
  what,
  children,
}: {
  back: ReactNode;
  query: UseQueryResult<T, Error>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <section className="page">
      <p className="breadcrumb">{back}</p>
      <QueryState query={query} what={what}>
        {children}
      </QueryState>
    </section>
  );
}
