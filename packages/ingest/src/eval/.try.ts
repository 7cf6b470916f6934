import { analyseArticle } from "../analyse/index.js";

const texts = [
  "Prime Minister Pham Minh Chinh and his Singaporean counterpart Lawrence Wong agreed on Monday.",
  "NA Chairman Tran Thanh Man received Lao Prime Minister Sonexay Siphandone in Hanoi.",
  "State President Luong Cuong met Politburo member and Permanent Deputy Prime Minister Nguyen Hoa Binh.",
  "Vietnam's Ambassador to the US Nguyen Quoc Dung said the visit was a success.",
  '"The two sides should manage differences well," said Nguyen Phuong Tra, Vietnam\'s ambassador to France.',
  "Dr. Nguyen Hung Son, Vice President of the Diplomatic Academy of Vietnam, told VnExpress that the move was significant.",
  'US Secretary of State Marco Rubio and Russian President Vladimir Putin spoke. Putin said: "We value our ties with Vietnam very much indeed."',
  "Vietnam now has 13 comprehensive strategic partners: China, Russia, India, South Korea, the US, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore and Thailand.",
  "Hanoi and Wellington lifted relations to a comprehensive strategic partnership in February 2025, New Zealand Prime Minister Christopher Luxon said.",
  "Exports rose 14.3% to US$405.5 billion; FDI disbursement hit a record $25.35bn and the economy grew 7.09 per cent.",
  "Vietnam sent 1.2 million tonnes of rice to the Philippines, worth VND12 trillion.",
];
for (const t of texts) {
  const a = analyseArticle(t, {});
  console.log("--", t.slice(0, 70));
  for (const e of a.entities)
    if (e.type === "person") console.log("  P", e.name, "|", e.roles.map((r) => r.role).join("; "));
  console.log(
    "  C",
    a.entities
      .filter((e) => e.type === "country")
      .map((e) => e.code)
      .join(","),
    " O",
    a.entities
      .filter((e) => e.type === "organization")
      .map((e) => e.name)
      .join(","),
  );
  for (const i of a.indicators) console.log("  I", i.value, i.unit, i.qualifier, i.key);
  for (const p of a.partnerships) console.log("  PT", p.countryCode, p.level, p.year);
  for (const q of a.quotes) console.log("  Q", q.speaker, q.text.slice(0, 30));
}
