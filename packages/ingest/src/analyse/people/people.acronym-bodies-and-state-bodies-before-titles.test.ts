import { roleRows } from "../testing/people-readings.js";

// "X, KCG Commandant,", "X, UNMISS Force Commander,": a body's acronym straight before a title set beside the name is
// the body the title is held in, and READING.md reads a title whole; a bloc's ("EU") or a state's ("US") stays out.
roleRows("a body's acronym opening a title after the name", [
  ["Jose Reyes, KCG Commandant, said the drill went well.", "Jose Reyes", ["KCG Commandant"]],
  ["Le Van Hoa, VFTA General Secretary, said exports rose.", "Le Van Hoa", ["VFTA General Secretary"]],
  ["Anna Lind, the UNMISS Force Commander, thanked the medics.", "Anna Lind", ["UNMISS Force Commander"]],
  [
    "Mara Silva, UNDP resident representative in Vietnam, said in a statement the work would go on.",
    "Mara Silva",
    ["UNDP resident representative in Vietnam"],
  ],
  ["Piet Smit, EU Trade Commissioner, signed the text.", "Piet Smit", ["Trade Commissioner"]],
  ["Tom Hart, US Ambassador, spoke first.", "Tom Hart", ["Ambassador"]],
]);

// "State Bank Governor", "State Duma Chairman": "State" ends a head only after its other words ("Secretary of State");
// opening a title it is the first word of the body the title belongs to, never an office alone.
roleRows("a body named with 'State' before its head", [
  ["The guests met State Bank Governor Nguyen Van Tien.", "Nguyen Van Tien", ["State Bank Governor"]],
  ["Ivan Petrov, State Duma Chairman, greeted the guests.", "Ivan Petrov", ["State Duma Chairman"]],
  ["State Councillor Wang Ming met the delegation.", "Wang Ming", ["State Councillor"]],
]);
