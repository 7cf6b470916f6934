import { roleRows } from "../testing/people-readings.js";

// "Navy Commander Admiral …", "Army Chief General …": a soldier's rank written straight after a commander's or a chief's
// title is a second title, as after a minister's; a coast guard's commandant is a head of his own.
roleRows("a rank straight after a commander's title", [
  ["Navy Commander Admiral Le Van Hoa met the visiting ships.", "Le Van Hoa", ["Navy Commander", "Admiral"]],
  ["Army Chief General Samuel Okoro opened the talks.", "Samuel Okoro", ["Army Chief", "General"]],
  [
    "Coast Guard Commandant Admiral Jose Reyes said the drill went well.",
    "Jose Reyes",
    ["Coast Guard Commandant", "Admiral"],
  ],
]);

// "PCG Commandant Admiral …": a body's acronym straight before a one-word title that a rank follows names the body the
// title belongs to, as it does before a lower-case head ("MEA spokesperson").
roleRows("a body's acronym before a ranked commander", [
  ["KCG Commandant Admiral Jose Reyes said the drill went well.", "Jose Reyes", ["KCG Commandant", "Admiral"]],
  ["VPN Commander Vice Admiral Le Van Hoa met the visiting ships.", "Le Van Hoa", ["VPN Commander", "Vice Admiral"]],
]);
