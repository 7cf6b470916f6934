import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Names and roles in the shapes real outlets print, written fresh with the reading an analyst would give before the
 * extractor was run on them. Roles are compared as the scorer compares them (case folded): each role listed must be
 * among the person's roles; the person's name must be exactly the one listed.
 */
interface Case {
  shape: string;
  body: string;
  people: Array<{ name: string; roles?: string[] }>;
}

const cases: Case[] = [
  {
    shape: "a Gulf ruler's name with 'Sheikh' and 'bin', after 'His Highness'",
    body: "His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received the delegation in Abu Dhabi.",
    people: [{ name: "Abdullah bin Zayed Al Nahyan" }],
  },
  {
    shape: "an empress named by her single name after her title, beside the emperor",
    body: "Emperor Naruhito and Empress Masako toured the old town of Hue on Saturday.",
    people: [{ name: "Naruhito" }, { name: "Masako" }],
  },
  {
    shape: "a name after a kinship noun",
    body: "The leader laid a wreath at the tomb of his grandfather Kim Il Sung in Pyongyang.",
    people: [{ name: "Kim Il Sung" }],
  },
  {
    shape: "a company whose name opens with a rank word is no person",
    body: "Vietnam Airlines signed an engine deal with General Electric Co on Monday.",
    people: [],
  },
  {
    shape: "a generational ordinal as Manila papers write it",
    body: "Philippine President Benigno Aquino 3rd arrived in Hanoi on Tuesday.",
    people: [{ name: "Benigno Aquino 3rd" }],
  },
  {
    shape: "a lower-case title with a modifier after the name: 'senior presidential secretary for …'",
    body: "Park Chun-sup, senior presidential secretary for economic affairs, told reporters the minerals deal was done.",
    people: [{ name: "Park Chun-sup" }],
  },
  {
    shape: "nationality before a title is dropped from the role",
    body: "Vietnamese Prime Minister Pham Minh Chinh arrived in Canberra on Monday.",
    people: [{ name: "Pham Minh Chinh", roles: ["Prime Minister"] }],
  },
  {
    shape: "'Foreign Minister' kept as the text writes it",
    body: "Foreign Minister Sergey Lavrov held talks in Hanoi on Friday.",
    people: [{ name: "Sergey Lavrov", roles: ["Foreign Minister"] }],
  },
  {
    shape: "a chain of two titles",
    body: "Deputy Prime Minister and Foreign Minister Bui Thanh Son chaired the meeting.",
    people: [{ name: "Bui Thanh Son", roles: ["Deputy Prime Minister", "Foreign Minister"] }],
  },
  {
    shape: "role in apposition after the name",
    body: "The delegation was led by Nguyen Hong Dien, Minister of Industry and Trade, who signed three deals.",
    people: [{ name: "Nguyen Hong Dien", roles: ["Minister of Industry and Trade"] }],
  },
  {
    shape: "lower-case role with 'for' after the name",
    body: "Vietnam pledged support, says Sihasak Phuangketkeow, permanent secretary for foreign affairs.",
    people: [{ name: "Sihasak Phuangketkeow", roles: ["permanent secretary for foreign affairs"] }],
  },
  {
    shape: "Myanmar 'U' is an honorific, not a name",
    body: "Prime Minister Nguyen Xuan Phuc will meet Myanmar President U Win Myint in Nay Pyi Taw.",
    people: [
      { name: "Nguyen Xuan Phuc", roles: ["Prime Minister"] },
      { name: "Win Myint", roles: ["President"] },
    ],
  },
  {
    shape: "Myanmar 'Daw' is an honorific",
    body: "He held talks with State Counsellor Daw Aung San Suu Kyi on Tuesday.",
    people: [{ name: "Aung San Suu Kyi", roles: ["State Counsellor"] }],
  },
  {
    shape: "Malay honorifics between title and name",
    body: "Prime Minister Datuk Seri Anwar Ibrahim welcomed the guests.",
    people: [{ name: "Anwar Ibrahim", roles: ["Prime Minister"] }],
  },
  {
    shape: "Japanese family name in capitals",
    body: "Prime Minister KISHIDA Fumio received the Vietnamese delegation.",
    people: [{ name: "Fumio Kishida", roles: ["Prime Minister"] }],
  },
  {
    shape: "Japanese name family-first in title case",
    body: "Prime Minister Ishiba Shigeru said Japan would help build the railway.",
    people: [{ name: "Shigeru Ishiba", roles: ["Prime Minister"] }],
  },
  {
    shape: "a Japanese scholar's name family-first in title case (round 40: more given names as data)",
    body: "Tanaka Haruka, an associate professor at Hokuriku University, said the summit would help exporters.",
    people: [{ name: "Haruka Tanaka" }],
  },
  {
    shape: "a public figure named with no title or speech verb (round 40: more known people as data)",
    body: "Cai Qi and Ding Xuexiang attended the banquet for the visiting delegation on Tuesday evening.",
    people: [{ name: "Cai Qi" }, { name: "Ding Xuexiang" }],
  },
  {
    shape: "four-word Vietnamese name after a lower-case title",
    body: "Foreign ministry spokeswoman Le Thi Thu Hang answered questions at the briefing.",
    people: [{ name: "Le Thi Thu Hang" }],
  },
  {
    shape: "Chinese premier with nationality",
    body: "Chinese Premier Li Qiang met Prime Minister Pham Minh Chinh in Tianjin.",
    people: [
      { name: "Li Qiang", roles: ["Premier"] },
      { name: "Pham Minh Chinh", roles: ["Prime Minister"] },
    ],
  },
  {
    shape: "Indian honorific 'Shri'",
    body: "The statement was issued after talks between Shri Narendra Modi and Nguyen Xuan Phuc.",
    people: [{ name: "Narendra Modi" }, { name: "Nguyen Xuan Phuc" }],
  },
  {
    shape: "middle initial and generational suffix",
    body: "President Benigno S. Aquino III met the Vietnamese president at Malacañang Palace.",
    people: [{ name: "Benigno S. Aquino III", roles: ["President"] }],
  },
  {
    shape: "middle initial before a name particle",
    body: "Foreign Affairs Secretary Albert F. del Rosario signed the plan of action.",
    people: [{ name: "Albert F. del Rosario" }],
  },
  {
    shape: "Sultan before a two-word name",
    body: "The Sultan of Brunei, Sultan Hassanal Bolkiah, welcomed General Secretary Nguyen Phu Trong.",
    people: [{ name: "Hassanal Bolkiah" }, { name: "Nguyen Phu Trong", roles: ["General Secretary"] }],
  },
  {
    shape: "Communist Party in the title",
    body: "Communist Party General Secretary To Lam left for Jakarta on Sunday.",
    people: [{ name: "To Lam", roles: ["General Secretary"] }],
  },
  {
    shape: "Thai leader named with a nationality",
    body: "Thai Prime Minister Paetongtarn Shinawatra will visit Hanoi in May.",
    people: [{ name: "Paetongtarn Shinawatra", roles: ["Prime Minister"] }],
  },
  {
    shape: "'Madam' before a Vietnamese name",
    body: "Madam Tong Thi Phong, Vice Chairwoman of the National Assembly, attended the ceremony.",
    people: [{ name: "Tong Thi Phong", roles: ["Vice Chairwoman of the National Assembly"] }],
  },
  {
    shape: "lower-case ministry after 'deputy minister of'",
    body: "Tran Duy Dong, Vietnam's deputy minister of planning and investment, said the fund was ready.",
    people: [{ name: "Tran Duy Dong", roles: ["deputy minister of planning and investment"] }],
  },
  {
    shape: "'State Councilor and Foreign Minister'",
    body: "State Councilor and Foreign Minister Wang Yi will visit Hanoi next week.",
    people: [{ name: "Wang Yi", roles: ["State Councilor", "Foreign Minister"] }],
  },
  {
    shape: "Senior General after a long military title",
    body: "He met Commander-in-Chief of Defence Services Senior General Min Aung Hlaing in Nay Pyi Taw.",
    people: [{ name: "Min Aung Hlaing", roles: ["Commander-in-Chief of Defence Services"] }],
  },
  {
    shape: "German Chancellor and a 'Dr.'",
    body: "German Chancellor Olaf Scholz met Dr. Tran Van Tuan, a researcher, in Hanoi.",
    people: [{ name: "Olaf Scholz", roles: ["Chancellor"] }, { name: "Tran Van Tuan" }],
  },
  {
    shape: "'Defence Minister' kept as written",
    body: "Defence Minister Phan Van Giang received his Cambodian counterpart.",
    people: [{ name: "Phan Van Giang", roles: ["Defence Minister"] }],
  },
  {
    shape: "a Portuguese name later written by the word before its particle, then by its last three words",
    body: "Brazilian President Luiz Inácio Lula da Silva arrived in Hanoi. Lula said trade would double. Lula da Silva later flew to Ho Chi Minh City.",
    people: [{ name: "Luiz Inácio Lula da Silva", roles: ["President"] }],
  },
  {
    shape: "a father named by the first words of his daughter's name stays his own person",
    body: "State Counsellor Aung San Suu Kyi laid a wreath at the mausoleum of General Aung San on Friday.",
    people: [{ name: "Aung San Suu Kyi" }, { name: "Aung San" }],
  },
  {
    shape: "a scholar introduced by a lower-case academic title in apposition",
    body: "Gu Xiaosong, dean of the regional institute, noted that the visit came at a tense time.",
    people: [{ name: "Gu Xiaosong", roles: ["dean of the regional institute"] }],
  },
];

const read = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role.toLowerCase()) }));

describe("people on unseen shapes", () => {
  it.each(cases)("$shape", ({ body, people }) => {
    const found = read(body);
    expect(found.map((p) => p.name).sort()).toEqual(people.map((p) => p.name).sort());
    for (const p of people) {
      const roles = found.find((f) => f.name === p.name)?.roles ?? [];
      for (const role of p.roles ?? []) expect(roles).toContain(role.toLowerCase());
    }
  });
});
