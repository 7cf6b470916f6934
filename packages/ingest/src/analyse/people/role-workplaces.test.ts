import { roleRows } from "../testing/people-readings.js";

// A lower-case title names no office of its own: the place its holder works at, named after "at", is part of it.
roleRows("a lower-case title keeps the body its holder works at", [
  [
    "Pham Thi Lan, an analyst at the Centre for Coastal Studies, said the talks went well.",
    "Pham Thi Lan",
    ["analyst at the Centre for Coastal Studies"],
  ],
  [
    "Ngo Van Tuan, an economist at Riverbank Capital, said prices rose.",
    "Ngo Van Tuan",
    ["economist at Riverbank Capital"],
  ],
  [
    "Hoang Minh Duc, a research fellow at the K. Ananda Institute of Policy, said so.",
    "Hoang Minh Duc",
    ["research fellow at the K. Ananda Institute of Policy"],
  ],
]);

roleRows("the place after the body says where it is, not what the title is", [
  [
    "Vu Thanh Mai, a lecturer at the Academy of Ocean Affairs in Da Nang, said the vote mattered.",
    "Vu Thanh Mai",
    ["lecturer at the Academy of Ocean Affairs"],
  ],
]);

roleRows("a field written before the workplace is part of the title", [
  [
    "Dao Quang Vinh, a lecturer in coastal law at Harbourside University, said the deal helps.",
    "Dao Quang Vinh",
    ["lecturer in coastal law at Harbourside University"],
  ],
  [
    "Tran Bao Ngoc, a fisheries policy specialist at Northgate University, said boats were safer.",
    "Tran Bao Ngoc",
    ["fisheries policy specialist at Northgate University"],
  ],
]);

roleRows("a capitalised office keeps the ministry it serves at apart", [
  [
    "Minister of State at the Ministry of Foreign Affairs Ahmad Rahman arrived on Monday.",
    "Ahmad Rahman",
    ["Minister of State"],
  ],
]);

// The ministry written in two words straight before a lower-case head is the body whose office it is.
roleRows("a ministry's name before a lower-case head stays part of the title", [
  [
    "In Rome, interior ministry spokesman Marco Bellini denied the claim.",
    "Marco Bellini",
    ["interior ministry spokesman"],
  ],
  [
    "Treasury Department spokeswoman Ellen Price declined to comment.",
    "Ellen Price",
    ["Treasury Department spokeswoman"],
  ],
  ["The ministry spokesman Tran Van Binh said little.", "Tran Van Binh", ["spokesman"]],
]);

// Round 40: a holder works "with" a body as often as "at" it; the body's acronym in brackets closes its name; an owner's
// 's joins a school to its university.
roleRows("the workplace after 'with', before its acronym and after an owner's 's", [
  [
    "Zhou Ming, a researcher with the Yunnan Academy of Border Studies, said trade had grown.",
    "Zhou Ming",
    ["researcher with the Yunnan Academy of Border Studies"],
  ],
  [
    '"The ports matter," said Park Min-jun, a senior fellow at the Busan Institute for Maritime Policy (BIMP).',
    "Park Min-jun",
    ["senior fellow at the Busan Institute for Maritime Policy"],
  ],
  [
    "Le Thu Ha, a lecturer at the Harbour City University's School of Law, said the treaty helps.",
    "Le Thu Ha",
    ["lecturer at the Harbour City University's School of Law"],
  ],
  [
    "Do Van Long, a visiting fellow at Malaysia's Institute of Coastal Studies, said the treaty helps.",
    "Do Van Long",
    ["visiting fellow"],
  ],
]);

// Round 48: a body that is part of a larger one is named with "of the" inside the workplace.
roleRows("a workplace inside a larger body", [
  [
    "Ivan Petrov, a researcher at the Centre for Pacific Studies of the National Academy of Letters, said so.",
    "Ivan Petrov",
    ["researcher at the Centre for Pacific Studies of the National Academy of Letters"],
  ],
]);

// A state after "of the" is no body inside a larger one: the readings leave that workplace out.
roleRows("a workplace named after its state", [
  ["Ana Cruz, a lecturer at the University of the Bahamas, said trade grew.", "Ana Cruz", ["lecturer"]],
]);

// A workplace the page describes rather than names is part of the lower-case title as the page gives it.
roleRows("a described workplace stays part of a lower-case title", [
  [
    "Le Van Khoa, a policy analyst at the Jakarta-based Institute for Harbour Studies, said the pact helps.",
    "Le Van Khoa",
    ["policy analyst at the Jakarta-based Institute for Harbour Studies"],
  ],
  [
    "Mai Thi Hoa, a trade analyst at the Bangkok-based consultancy Lotus Ridge Partners, said exports rose.",
    "Mai Thi Hoa",
    ["trade analyst at the Bangkok-based consultancy Lotus Ridge Partners"],
  ],
  [
    "Dinh Van Long, an economist at the Danang-headquartered shipping firm Blue Anchor Lines, said costs fell.",
    "Dinh Van Long",
    ["economist at the Danang-headquartered shipping firm Blue Anchor Lines"],
  ],
]);

// A workplace the page never names is kept in a lower-case title as described, up to its kind of body; the place
// after it is left out. One that is no kind of body (a meeting) is no workplace.
roleRows("an unnamed workplace after 'a' is part of a lower-case title", [
  [
    "Phan Thi Yen, a fellow with a Manila think tank, said talks would resume.",
    "Phan Thi Yen",
    ["fellow with a Manila think tank"],
  ],
  [
    "Oskar Lind, managing director of a Malmo-based ferry operator, said bookings doubled.",
    "Oskar Lind",
    ["managing director of a Malmo-based ferry operator"],
  ],
  [
    '"Rooms sold out," said Ha Thi Nga, an analyst at a Hue hotel research firm who tracks prices.',
    "Ha Thi Nga",
    ["analyst at a Hue hotel research firm"],
  ],
  [
    "Bui Van Kien, deputy head of a rubber exporters' association in Binh Phuoc, said prices fell.",
    "Bui Van Kien",
    ["deputy head of a rubber exporters' association"],
  ],
  ["Tran Van Son, an analyst at a Hanoi meeting last week, said talks would resume.", "Tran Van Son", ["analyst"]],
]);
