// A short story of our own, in three paragraphs under its headline, that the cleaner's tests put furniture around:
// whatever a test adds between or after these lines must go, and these lines must stay.
export const TITLE = "Cambodia and Vietnam agree to reopen a river ferry for tourists";
export const LEAD =
  "Cambodia and Vietnam agreed on Tuesday to reopen a river ferry for tourists between their border towns, the two provincial governors said after a meeting.";
export const MIDDLE =
  "The ferry will run twice a day in the dry season and carry up to 120 passengers, and officers from both sides will check papers on board, the governors said.";
export const LAST =
  "Tour operators expect about 40,000 visitors a year once the new landing stage on the Cambodian bank is finished, the provinces added.";
