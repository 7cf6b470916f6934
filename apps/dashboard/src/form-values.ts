/** Reads a submitted filter form the way the URL wants it: blank text and unticked boxes become "absent". */
export function formValues(form: FormData) {
  return {
    text(name: string): string | undefined {
      const value = form.get(name);
      return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
    },
    checked(name: string): true | undefined {
      return form.get(name) === "on" ? true : undefined;
    },
  };
}
