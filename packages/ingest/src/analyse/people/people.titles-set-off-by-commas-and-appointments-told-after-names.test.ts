import { roleRows } from "../testing/people-readings.js";

// Round 48: a title written before the name and set off from it by commas keeps the body printed before its head, as
// the same title straight before the name does; the article opening the phrase is no part of it.
roleRows("a body printed before a title set off from the name by commas", [
  [
    "The Treasury Department spokeswoman, Ellen Price, declined to comment.",
    "Ellen Price",
    ["Treasury Department spokeswoman"],
  ],
  ["The Foreign Ministry spokesman, Tran Van Binh, said little.", "Tran Van Binh", ["Foreign Ministry spokesman"]],
]);

// Round 48: an appointment told after the name, with "as" and the title, gives the office as one told before it does.
roleRows("an appointment told after the name", [
  ["The session closed with Vo Minh Tuan re-elected as Chairman, and a new plan.", "Vo Minh Tuan", ["Chairman"]],
  ["Delegates said Nguyen Thi Lan was appointed as Ambassador last year.", "Nguyen Thi Lan", ["Ambassador"]],
]);
