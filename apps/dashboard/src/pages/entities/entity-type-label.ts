const labels = {
  person: ["Person", "People"],
  country: ["Country", "Countries"],
  organization: ["Organisation", "Organisations"],
  domestic_body: ["Domestic body", "Domestic bodies"],
} as const satisfies Record<string, readonly [string, string]>;

export function entityTypeLabel(type: string, plural = false): string {
  const pair = (labels as Record<string, readonly [string, string]>)[type];
  return pair ? pair[plural ? 1 : 0] : type;
}
