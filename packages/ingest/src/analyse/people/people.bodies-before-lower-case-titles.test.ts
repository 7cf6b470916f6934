import { roleRows } from "../testing/people-readings.js";

// READING.md reads a title whole, with the body it belongs to: a body's name printed straight before a lower-case
// title is where the holder works, and part of the title as the page gives it.
roleRows("a body named before a lower-case title stays part of it", [
  [
    "Asked about the talks, Harbourline Institute analyst Mara Quist said both sides gained.",
    "Mara Quist",
    ["Harbourline Institute analyst"],
  ],
  [
    "On Friday, Northgate University of Kelso lecturer Jon Abel said little.",
    "Jon Abel",
    ["Northgate University of Kelso lecturer"],
  ],
  [
    "The Coastal Shippers Federation chief executive Ana Ruiz welcomed the deal.",
    "Ana Ruiz",
    ["Coastal Shippers Federation chief executive"],
  ],
  ["WTFX's research director Omar Haddad said flows would rise.", "Omar Haddad", ["WTFX's research director"]],
]);

roleRows("a state, a time word or the sentence's own capital before the title is not a body", [
  ["Thailand's trade minister Somchai Dee said exports grew.", "Somchai Dee", ["trade minister"]],
  ["Yesterday economist Lan Pham said prices fell.", "Lan Pham", ["economist"]],
  ["Protest organiser Le Thi Lan said the march would go ahead.", "Le Thi Lan", ["Protest organiser"]],
]);

// The scorer and READING.md drop the demonym itself (the holder's country), not the ministry after it.
roleRows("a ministry after a demonym stays part of the lower-case title", [
  [
    "In Lima, Peruvian foreign ministry spokesman Jose Vera declined to comment.",
    "Jose Vera",
    ["foreign ministry spokesman"],
  ],
]);
