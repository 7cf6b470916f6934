import { roleRows } from "../testing/people-readings.js";

// "Secretary of the Thanh Hoa Provincial Party Committee": a local body's name holds a place of two or three words
// (most Vietnamese provinces and cities) before its level and body words; the office is read whole.
roleRows("a place of several words inside a local body's name", [
  [
    "Do Van Hai, Secretary of the Thanh Hoa Provincial Party Committee, said so.",
    "Do Van Hai",
    ["Secretary of the Thanh Hoa Provincial Party Committee"],
  ],
  [
    "Secretary of the Da Nang City Party Committee Ngo Van Khoa said so.",
    "Ngo Van Khoa",
    ["Secretary of the Da Nang City Party Committee"],
  ],
  [
    "Chairman of the Ho Chi Minh City People's Committee Tran Van Loc said so.",
    "Tran Van Loc",
    ["Chairman of the Ho Chi Minh City People's Committee"],
  ],
]);

// "UNDP Resident Representative", "World Bank Country Director": a rank inside the body named before the title keeps
// the body in the title, as a bare head does ("UN Secretary-General"); a portfolio between them does not.
roleRows("an agency named before a ranked post", [
  [
    "Maria Lind, UNDP Resident Representative in Vietnam, said that it was so.",
    "Maria Lind",
    ["UNDP Resident Representative in Vietnam"],
  ],
  [
    "World Bank Country Director for Viet Nam Paul Reed said so.",
    "Paul Reed",
    ["World Bank Country Director for Viet Nam"],
  ],
  ["UN Secretary-General Antonio Guterres said so.", "Antonio Guterres", ["UN Secretary-General"]],
  ["EU Trade Commissioner Anna Berg said so.", "Anna Berg", ["Trade Commissioner"]],
]);
