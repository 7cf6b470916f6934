import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useId, useRef, useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { CorrectionError } from "./CorrectionError.js";
import { useCorrect } from "./use-corrections.js";

type EntityType = "person" | "country" | "organization" | "domestic_body";

/**
 * "Merge into…" (a search over entities of the same type) and "Rename" for the entity a page shows. A merge also
 * teaches the variant as an alias, so later articles spelling it that way land on the entity merged into.
 */
export function EntityCorrections({ entity }: { entity: { id: number; type: EntityType; name: string } }) {
  const [open, setOpen] = useState<"merge" | "rename" | null>(null);
  const self = useQuery({
    queryKey: ["corrections", "entity", entity.id],
    queryFn: () => unwrap(api.api.corrections.entities.$get({ query: { id: String(entity.id) } })),
  });
  const key = self.data?.items[0]?.key;
  return (
    <section className="correction-tools" aria-label="Correct this entity">
      <button type="button" aria-expanded={open === "merge"} onClick={() => setOpen(open === "merge" ? null : "merge")}>
        Merge into…
      </button>{" "}
      <button
        type="button"
        aria-expanded={open === "rename"}
        onClick={() => setOpen(open === "rename" ? null : "rename")}
      >
        Rename
      </button>
      {key && open === "merge" && <MergeForm entity={{ ...entity, key }} />}
      {key && open === "rename" && <RenameForm entity={{ ...entity, key }} onDone={() => setOpen(null)} />}
    </section>
  );
}

function MergeForm({ entity }: { entity: { id: number; type: EntityType; name: string; key: string } }) {
  const [q, setQ] = useState("");
  const [reason, setReason] = useState("");
  const searchId = useId();
  const navigate = useNavigate();
  // A ref, not state: the mutation reads it when it succeeds, after the click that set it.
  const into = useRef<number | null>(null);
  const correct = useCorrect({
    onSuccess: () =>
      into.current === null ? undefined : navigate({ to: "/entities/$id", params: { id: String(into.current) } }),
  });
  const matches = useQuery({
    queryKey: ["corrections", "entities", entity.type, q],
    queryFn: () => unwrap(api.api.corrections.entities.$get({ query: { type: entity.type, q, limit: "8" } })),
    enabled: q.trim().length > 0,
  });
  const choices = (matches.data?.items ?? []).filter((e) => e.id !== entity.id);
  return (
    <div className="correction-form">
      <label htmlFor={searchId}>Merge “{entity.name}” into</label>
      <input
        id={searchId}
        type="search"
        value={q}
        placeholder={`Search ${entity.type === "domestic_body" ? "domestic bodie" : entity.type}s by name`}
        onChange={(e) => setQ(e.target.value)}
      />
      <input
        aria-label="Reason for the merge"
        value={reason}
        placeholder="Why (optional)"
        onChange={(e) => setReason(e.target.value)}
      />
      {q.trim() && matches.isSuccess && choices.length === 0 && <p className="empty">No other match.</p>}
      <ul className="merge-choices">
        {choices.map((choice) => (
          <li key={choice.id}>
            {choice.name} <span className="meta">({choice.articleCount} articles)</span>{" "}
            <button
              type="button"
              disabled={correct.isPending}
              onClick={() => {
                into.current = choice.id;
                correct.mutate([
                  {
                    kind: "merge_entity",
                    target: { entity: { type: entity.type, key: entity.key } },
                    payload: { into: { type: choice.type, key: choice.key } },
                    reason,
                  },
                ]);
              }}
            >
              Merge into {choice.name}
            </button>
          </li>
        ))}
      </ul>
      <CorrectionError error={correct.error} />
    </div>
  );
}

function RenameForm({
  entity,
  onDone,
}: {
  entity: { type: EntityType; name: string; key: string };
  onDone: () => void;
}) {
  const [name, setName] = useState(entity.name);
  const correct = useCorrect();
  return (
    <form
      className="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        correct.mutate(
          [{ kind: "rename_entity", target: { entity: { type: entity.type, key: entity.key } }, payload: { name } }],
          { onSuccess: onDone },
        );
      }}
    >
      <label>
        New name <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>{" "}
      <button type="submit" disabled={correct.isPending || name.trim() === entity.name}>
        Save the name
      </button>
      <CorrectionError error={correct.error} />
    </form>
  );
}
