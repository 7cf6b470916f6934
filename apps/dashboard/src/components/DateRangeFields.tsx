/** The "From" and "To" date inputs of a filter form, read back as the fields `from` and `to`. */
export function DateRangeFields({ from, to }: { from: string | undefined; to: string | undefined }) {
  return (
    <>
      <label>
        From <input name="from" type="date" defaultValue={from ?? ""} />
      </label>
      <label>
        To <input name="to" type="date" defaultValue={to ?? ""} />
      </label>
    </>
  );
}
