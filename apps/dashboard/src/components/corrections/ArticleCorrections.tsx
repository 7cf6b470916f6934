import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { useEffect, useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { CorrectionError } from "./CorrectionError.js";
import { sentenceAround } from "./sentence-around.js";
import { type CorrectionDraft, useCorrect } from "./use-corrections.js";

type Findings = InferResponseType<typeof api.api.corrections.findings.$get, 200>;
type Indicator = Findings["indicators"][number];
type Quote = Findings["quotes"][number];
const levels = ["Comprehensive Strategic Partnership", "Strategic Partnership", "Comprehensive Partnership"] as const;

/**
 * Correcting one article in place: reject or fix each finding, or add one the analysis missed by selecting its
 * words in the text. Every change is an entry in the corrections log, re-applied after reanalysis.
 */
export function ArticleCorrections({ articleId, body }: { articleId: number; body: string }) {
  const findings = useQuery({
    queryKey: ["corrections", "findings", articleId],
    queryFn: () => unwrap(api.api.corrections.findings.$get({ query: { article: String(articleId) } })),
  });
  const [reason, setReason] = useState("");
  const correct = useCorrect();
  const [fixing, setFixing] = useState<string | null>(null);
  const data = findings.data;
  if (!data) return null;
  const { article } = data;
  const run = (drafts: CorrectionDraft[]) => correct.mutate(drafts, { onSuccess: () => setFixing(null) });
  const reject = (target: Extract<CorrectionDraft, { kind: "reject_finding" }>["target"]) =>
    run([{ kind: "reject_finding", target, reason }]);
  const rejectButton = (label: string, onClick: () => void) => (
    <button
      type="button"
      className="small"
      aria-label={`Reject ${label}`}
      disabled={correct.isPending}
      onClick={onClick}
    >
      Reject
    </button>
  );
  const indicatorTarget = (i: Indicator) =>
    ({ finding: "indicator", article, key: i.key, value: i.value, unit: i.unit, sentence: i.sentence }) as const;
  return (
    <section className="panel correction-panel" aria-labelledby="correct-findings">
      <h2 id="correct-findings">Correct the findings</h2>
      <label className="meta">
        Reason <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="why (optional)" />
      </label>
      <CorrectionError error={correct.error} />
      <h3>People</h3>
      <ul className="correction-list" aria-label="People to correct">
        {data.people.map((p) => (
          <li key={p.key}>
            {p.name} {rejectButton(`person ${p.name}`, () => reject({ finding: "person", article, key: p.key }))}
          </li>
        ))}
      </ul>
      <h3>Indicators</h3>
      <ul className="correction-list" aria-label="Indicators to correct">
        {data.indicators.map((i) => {
          const label = `${i.value.toLocaleString("en")}${i.unit ? ` ${i.unit}` : ""}`;
          return (
            <li key={i.id}>
              {label}
              {i.key ? <span className="meta"> ({i.key})</span> : null}{" "}
              {rejectButton(`indicator ${label}`, () => reject(indicatorTarget(i)))}{" "}
              <button
                type="button"
                className="small"
                aria-label={`Fix indicator ${label}`}
                onClick={() => setFixing(`i${i.id}`)}
              >
                Fix
              </button>
              {fixing === `i${i.id}` && (
                <IndicatorFix
                  indicator={i}
                  onSubmit={(value, unit) =>
                    run([
                      { kind: "reject_finding", target: indicatorTarget(i), reason },
                      {
                        kind: "add_finding",
                        target: { article },
                        payload: {
                          finding: "indicator",
                          key: i.key,
                          value,
                          unit,
                          about: i.about,
                          sentence: i.sentence,
                        },
                        reason,
                      },
                    ])
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      <h3>Partnerships</h3>
      <ul className="correction-list" aria-label="Partnerships to correct">
        {data.partnerships.map((p) => (
          <li key={p.id}>
            {p.countryName}: {p.level}
            {p.year ? ` (${p.year})` : ""}{" "}
            {rejectButton(`partnership ${p.countryName}`, () =>
              reject({
                finding: "partnership",
                article,
                countryCode: p.countryCode,
                level: p.level as (typeof levels)[number],
                year: p.year,
              }),
            )}
          </li>
        ))}
      </ul>
      <h3>Quotes</h3>
      <ul className="correction-list" aria-label="Quotes to correct">
        {data.quotes.map((q) => (
          <li key={q.id}>
            <span className="meta">{q.speaker ?? "unattributed"}:</span> “{q.text.slice(0, 80)}
            {q.text.length > 80 ? "…" : ""}”{" "}
            {rejectButton(`quote by ${q.speaker ?? "nobody"}`, () => reject(quoteTarget(article, q)))}{" "}
            <button type="button" className="small" onClick={() => setFixing(`q${q.id}`)}>
              Fix speaker
            </button>
            {fixing === `q${q.id}` && (
              <SpeakerFix
                quote={q}
                onSubmit={(speaker) =>
                  run([
                    { kind: "reject_finding", target: quoteTarget(article, q), reason },
                    {
                      kind: "add_finding",
                      target: { article },
                      payload: { finding: "quote", speaker, text: q.text },
                      reason,
                    },
                  ])
                }
              />
            )}
          </li>
        ))}
      </ul>
      <h3>Themes</h3>
      <ul className="correction-list" aria-label="Themes to correct">
        {data.themes.map((t) => (
          <li key={t.key}>
            {t.key} {rejectButton(`theme ${t.key}`, () => reject({ finding: "theme", article, key: t.key }))}
          </li>
        ))}
      </ul>
      <AddFromSelection
        body={body}
        onAdd={(payload) => run([{ kind: "add_finding", target: { article }, payload, reason }])}
      />
    </section>
  );
}

function quoteTarget(article: string, q: Quote) {
  return { finding: "quote", article, speaker: q.speaker, opening: q.text.split(/\s+/).slice(0, 6).join(" ") } as const;
}

function IndicatorFix({
  indicator,
  onSubmit,
}: {
  indicator: Indicator;
  onSubmit: (value: number, unit: string | null) => void;
}) {
  const [value, setValue] = useState(String(indicator.value));
  const [unit, setUnit] = useState(indicator.unit ?? "");
  return (
    <form
      className="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(Number(value), unit.trim() || null);
      }}
    >
      <label>
        Value <input type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} required />
      </label>{" "}
      <label>
        Unit <input value={unit} onChange={(e) => setUnit(e.target.value)} />
      </label>{" "}
      <button type="submit">Save the fix</button>
    </form>
  );
}

function SpeakerFix({ quote, onSubmit }: { quote: Quote; onSubmit: (speaker: string | null) => void }) {
  const [speaker, setSpeaker] = useState(quote.speaker ?? "");
  return (
    <form
      className="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(speaker.trim() || null);
      }}
    >
      <label>
        Speaker <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} />
      </label>{" "}
      <button type="submit">Save the fix</button>
    </form>
  );
}

type AddPayload = Extract<CorrectionDraft, { kind: "add_finding" }>["payload"];

/** The words selected in the article's text, with the sentence they stand in. */
function useBodySelection(body: string): { text: string; sentence: string } | null {
  const [selected, setSelected] = useState<{ text: string; sentence: string } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const text = selection?.toString().replace(/\s+/g, " ").trim() ?? "";
      const inBody = selection?.anchorNode?.parentElement?.closest(".reader-main");
      if (!text || !inBody) return;
      const at = body.indexOf(text);
      if (at >= 0) setSelected({ text, sentence: sentenceAround(body, at, at + text.length) });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [body]);
  return selected;
}

function AddFromSelection({ body, onAdd }: { body: string; onAdd: (payload: AddPayload) => void }) {
  const selected = useBodySelection(body);
  const [kind, setKind] = useState<AddPayload["finding"]>("person");
  const [fields, setFields] = useState<Record<string, string>>({});
  const field = (name: string, fallback = "") => fields[name] ?? fallback;
  const input = (name: string, label: string, fallback = "") => (
    <label>
      {label} <input value={field(name, fallback)} onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />
    </label>
  );
  if (!selected) {
    return (
      <>
        <h3>Add a missing finding</h3>
        <p className="meta">
          Select its words in the article text to add a person, figure, partnership, quote or theme.
        </p>
      </>
    );
  }
  const { text, sentence } = selected;
  const figure = Number(/-?\d[\d,]*(\.\d+)?/.exec(text)?.[0]?.replace(/,/g, "") ?? Number.NaN);
  const payload = (): AddPayload => {
    switch (kind) {
      case "person":
        return { finding: "person", name: field("name", text), surface: text, sentence };
      case "indicator":
        return {
          finding: "indicator",
          key: field("key").trim() || null,
          value: Number(field("value", Number.isFinite(figure) ? String(figure) : "")),
          unit: field("unit").trim() || null,
          text,
          sentence,
        };
      case "partnership":
        return {
          finding: "partnership",
          countryCode: field("code").toUpperCase(),
          countryName: field("country"),
          level: (field("level", levels[0]) as (typeof levels)[number]) ?? levels[0],
          year: field("year") ? Number(field("year")) : null,
          sentence,
        };
      case "quote":
        return { finding: "quote", speaker: field("speaker").trim() || null, text };
      case "theme":
        return { finding: "theme", key: field("theme") };
    }
  };
  return (
    <form
      className="correction-form"
      aria-label="Add a missing finding"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(payload());
      }}
    >
      <h3>Add a missing finding</h3>
      <p className="meta">Selected: “{text}”</p>
      <label>
        As{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as AddPayload["finding"])}>
          <option value="person">a person</option>
          <option value="indicator">a figure</option>
          <option value="partnership">a partnership</option>
          <option value="quote">a quote</option>
          <option value="theme">a theme</option>
        </select>
      </label>{" "}
      {kind === "person" && input("name", "Name", text)}
      {kind === "indicator" && (
        <>
          {input("value", "Value", Number.isFinite(figure) ? String(figure) : "")} {input("unit", "Unit")}{" "}
          {input("key", "Indicator key")}
        </>
      )}
      {kind === "partnership" && (
        <>
          {input("country", "Country")} {input("code", "ISO code")} {input("year", "Year")}{" "}
          <label>
            Level{" "}
            <select value={field("level", levels[0])} onChange={(e) => setFields({ ...fields, level: e.target.value })}>
              {levels.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </label>
        </>
      )}
      {kind === "quote" && input("speaker", "Speaker")}
      {kind === "theme" && input("theme", "Theme key")} <button type="submit">Add</button>
    </form>
  );
}
