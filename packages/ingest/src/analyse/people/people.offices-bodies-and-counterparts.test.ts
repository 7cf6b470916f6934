import { describe, expect, it } from "vitest";
import { peopleOf as people, type RoleRow, roleRows } from "../testing/people-readings.js";

/**
 * Shapes of people's roles read in analysis round 8 (issue 11; role misses on blind … blind15), each written here in
 * new words. One table per shape; every row must hold for the shape, not for one page.
 */

const rows = (title: string, table: RoleRow[]) => roleRows(title, table);

rows("a title in the plural before two names joined by 'and' is each one's office", [
  [
    "Prime Ministers Malik Osman and Tran Van Duc agreed on Friday to open a new air route.",
    "Malik Osman",
    ["Prime Minister"],
  ],
  [
    "Prime Ministers Malik Osman and Tran Van Duc agreed on Friday to open a new air route.",
    "Tran Van Duc",
    ["Prime Minister"],
  ],
  ["Foreign Ministers Ana Ruiz and Le Minh Tam signed the plan in Lima.", "Le Minh Tam", ["Foreign Minister"]],
  ["Presidents Joao Lima and Vo Thanh Nam witnessed the signing.", "Joao Lima", ["President"]],
]);

rows(
  "an organisation straight before a bare head is part of the office; a state, a portfolio or the owner of its own top office is not",
  [
    ["ASEAN Secretary-General Lim Boon Keat will attend the forum.", "Lim Boon Keat", ["ASEAN Secretary-General"]],
    ["European Commission President Karin Vogel welcomed the deal.", "Karin Vogel", ["European Commission President"]],
    ["Government spokesman Sok Dara said the bill would go to parliament.", "Sok Dara", ["Government spokesman"]],
    ["EU Trade Commissioner Pia Lund signed for the bloc.", "Pia Lund", ["Trade Commissioner"]],
    ["Vietnam President Tran Quoc Hai came to Seoul.", "Tran Quoc Hai", ["President"]],
  ],
);

rows("a lower-case body or portfolio before a lower-case head belongs to the title", [
  [
    "Opposition foreign affairs spokesman Mark Dunn welcomed the plan.",
    "Mark Dunn",
    ["Opposition foreign affairs spokesman"],
  ],
  ['"The test is delivery," said Helen Price, the shadow home secretary.', "Helen Price", ["shadow home secretary"]],
  ["Ian Cole, the shadow trade minister, said the deal was thin.", "Ian Cole", ["shadow trade minister"]],
]);

rows("a title is read whole: plural bodies, lower-case hyphenated heads, and a second office after 'and'", [
  [
    "The President of the Council of Ministers, Marta Rossi, received the delegation.",
    "Marta Rossi",
    ["President of the Council of Ministers"],
  ],
  [
    '"The deal is late," said Do Quang Vinh, a former director-general at the foreign ministry.',
    "Do Quang Vinh",
    ["former director-general"],
  ],
  [
    "Talks were held between Ha Van Son, general secretary of the Communist Party of Vietnam and state president, and Chilean President Luis Mora.",
    "Ha Van Son",
    ["General Secretary", "state president"],
  ],
  [
    "Talks were held between Ha Van Son, general secretary of the Communist Party of Vietnam and state president, and Chilean President Luis Mora.",
    "Luis Mora",
    ["President"],
  ],
]);

rows("'Under' before an office is a preposition unless a secretary follows", [
  ["Under President Ana Costa, the country has looked east.", "Ana Costa", ["President"]],
]);

rows("a counterpart holds the office of the person named last before him, and only when he has none of his own", [
  [
    "He met Prime Minister Paul Girard, while Foreign Minister Ngo Duc Anh and his French counterpart Claire Morel signed two accords.",
    "Claire Morel",
    ["Foreign Minister"],
  ],
  [
    "Deputy Prime Minister Hoang Van Binh met Trade Minister Raj Kumar. Raj Kumar and his Vietnamese counterpart Hoang Van Binh signed the accord.",
    "Hoang Van Binh",
    ["Deputy Prime Minister"],
  ],
]);

rows("capitals opening an expert's lower-case title after 'a' say where he works, not what he is", [
  ["Tran Thu Trang, a Southeast Asia analyst, said the deal would hold.", "Tran Thu Trang", ["analyst"]],
  // A body's name before the title is kept whole (READING.md reads titles with the body they belong to).
  [
    "Harbour University trade economist Mia Cole said exports would rise.",
    "Mia Cole",
    ["Harbour University trade economist"],
  ],
  ["Protest organiser Le Thi Lan said the march would go ahead.", "Le Thi Lan", ["Protest organiser"]],
]);

rows("a party's leader keeps the party as written", [
  [
    "Starmer hosted the Vietnamese Communist Party leader Do Van Hung in London.",
    "Do Van Hung",
    ["Communist Party leader"],
  ],
]);

describe("a hyphenated given name after an opening function word is one name", () => {
  it("reads 'For Jean-Marc Laurent, a historian' as Jean-Marc Laurent, a historian", () => {
    const body = "For Jean-Marc Laurent, a historian of French ties at a university in Lyon, the upgrade matters.";
    expect(people(body)).toEqual([{ name: "Jean-Marc Laurent", roles: ["historian of French ties at a university"] }]);
  });
});
