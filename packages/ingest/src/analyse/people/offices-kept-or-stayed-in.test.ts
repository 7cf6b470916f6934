import { roleRows } from "../testing/people-readings.js";

// Round 50 (blind129): a year-in-review tells who kept an office with "kept <Name> as <office>" or "<Name> stayed on
// as <office>"; the office after "as" is the person's, as it is after "re-elected … as".
roleRows(
  "an office kept or stayed in, told with 'as'",
  [
    [
      "The spring congress kept Le Van Khanh as general secretary of the party for a third term.",
      "Le Van Khanh",
      ["general secretary"],
    ],
    [
      "After the reshuffle, Tran Thi Hoa stayed on as foreign minister and led the delegation to the summit.",
      "Tran Thi Hoa",
      ["foreign minister"],
    ],
    [
      "In the new cabinet, Nguyen Quoc Bao remained as trade minister until the talks closed.",
      "Nguyen Quoc Bao",
      ["trade minister"],
    ],
  ],
  { ignoreCase: true },
);
