import { keyLabel } from "../text/labels.js";

/** A labelled choice among machine keys (themes, indicators), shown readably, with "any" for no filter. */
export function KeySelect({
  label,
  name,
  value,
  keys = [],
}: {
  label: string;
  name: string;
  value: string | undefined;
  keys?: readonly string[] | undefined;
}) {
  return (
    <label>
      {label}{" "}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">any</option>
        {keys.map((key) => (
          <option key={key} value={key}>
            {keyLabel(key)}
          </option>
        ))}
      </select>
    </label>
  );
}
