export function SyntaxHelp({ id }: { id: string }) {
  return (
    <details className="syntax-help" id={id}>
      <summary>Search syntax</summary>
      <dl>
        <dt>
          <code>partnership Japan</code>
        </dt>
        <dd>both words (AND is implied)</dd>
        <dt>
          <code>"strategic partnership"</code>
        </dt>
        <dd>the exact phrase</dd>
        <dt>
          <code>Japan OR Korea</code>
        </dt>
        <dd>either word</dd>
        <dt>
          <code>ASEAN NOT Myanmar</code>
        </dt>
        <dd>the first without the second</dd>
        <dt>
          <code>partner*</code>
        </dt>
        <dd>words starting with “partner”</dd>
        <dt>
          <code>(trade OR investment) AND EU</code>
        </dt>
        <dd>group with brackets</dd>
      </dl>
      <p>
        Results are ranked by relevance (bm25) over titles and text. A query that cannot run is repaired or explained.
      </p>
    </details>
  );
}
