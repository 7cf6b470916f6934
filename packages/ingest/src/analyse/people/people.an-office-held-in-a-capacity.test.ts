import { roleRows } from "../testing/people-readings.js";

// Round 51: "in his capacity as" after a name and a comma names an office the person holds beside the one before it.
roleRows("an office named by 'in his capacity as'", [
  [
    "The minister wrote to Prime Minister Arun Vela, in his capacity as Chairman of the National Council, on Monday.",
    "Arun Vela",
    ["Prime Minister", "Chairman of the National Council"],
  ],
  [
    "A letter went to Mira Sola, in her capacity as President of the Senate, last week.",
    "Mira Sola",
    ["President of the Senate"],
  ],
]);
