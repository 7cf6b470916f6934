import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

/*
 * Quotes in the shapes real outlets print, written fresh (not taken from any test page) with the reading an analyst
 * would give, before the extractor was run on them. A quote is read as the scorer reads it: the speaker's full name
 * and the quotation's first four words. `"A," X said. "B."` is one quotation, as readers count it.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a monarch named by title alone after being named in full",
    body: 'Emperor Naruhito and Empress Masako met Japanese residents in Jakarta on Monday.\n\n"You have built bridges between our peoples for many years," the Emperor told them.',
    quotes: [["Naruhito", "You have built bridges"]],
  },
  {
    shape: "'she said' after an envoy 'to' a country was named in the paragraph before",
    body: 'Prime Minister Anwar Ibrahim met French President Emmanuel Macron in Paris.\n\nFrench Ambassador to Malaysia Axelle Dubois said the visit was a milestone.\n\n"We want Paris to be a partner of choice in green growth," she said.',
    quotes: [["Axelle Dubois", "We want Paris to"]],
  },
  {
    shape: "partial quote after 'said the agreements showed that': a judged document, not its wording",
    body: 'Kavi Chongkittavorn, a senior fellow at a Bangkok institute, said the agreements showed that the two sides were "learning to manage their disputes without outside help."',
    quotes: [["Kavi Chongkittavorn", "learning to manage their"]],
  },
  {
    shape: "quote first, then 'X said' with a title",
    body: '"Our two economies complement each other in almost every sector," Prime Minister Pham Minh Chinh said on Tuesday.',
    quotes: [["Pham Minh Chinh", "Our two economies complement"]],
  },
  {
    shape: "quote first, then 'said X, the Y'",
    body: '"The sea lanes must stay open to every nation," said Enrique Manalo, the Philippine foreign secretary.',
    quotes: [["Enrique Manalo", "The sea lanes must"]],
  },
  {
    shape: "'said' before a nationality, a title and the name",
    body: '"We will not accept any change to the status quo by force," said Japanese Foreign Minister Yoko Kamikawa.',
    quotes: [["Yoko Kamikawa", "We will not accept"]],
  },
  {
    shape: "attribution, then a colon",
    body: 'Speaking at the state banquet, President Luong Cuong said: "Vietnam never forgets the friends who stood with it in hard times."',
    quotes: [["Luong Cuong", "Vietnam never forgets the"]],
  },
  {
    shape: "quotation split around its attribution",
    body: '"Our relationship has never been stronger," Australian Prime Minister Anthony Albanese said, "and today we take it to the highest level."',
    quotes: [["Anthony Albanese", "Our relationship has never"]],
  },
  {
    shape: "quotation over two paragraphs, the first left open",
    body: 'Foreign Minister Bui Thanh Son told the forum the region faced hard choices.\n\n"No single country can meet these challenges alone. We need rules that all sides respect.\n\n"ASEAN has to remain the centre of that architecture," he said.',
    quotes: [["Bui Thanh Son", "No single country can"]],
  },
  {
    shape: "British single quotes with 'Mr' and a surname",
    body: "British Prime Minister David Cameron arrived in Hanoi on Wednesday.\n\n'We see Vietnam as a partner for the long term,' Mr Cameron told business leaders.",
    quotes: [["David Cameron", "We see Vietnam as"]],
  },
  {
    shape: "guillemets",
    body: "Russian Foreign Minister Sergey Lavrov met his Vietnamese counterpart in Moscow.\n\n«Russia and Vietnam are bound by decades of friendship,» Lavrov said at the talks.",
    quotes: [["Sergey Lavrov", "Russia and Vietnam are"]],
  },
  {
    shape: "a curly opening mark closed by a straight one, 'Mr.' with a dot",
    body: 'Prime Minister Anwar Ibrahim opened the business forum.\n\n“We want investment that creates jobs for young people," Mr. Anwar said.',
    quotes: [["Anwar Ibrahim", "We want investment that"]],
  },
  {
    shape: "partial quotation inside reported speech",
    body: 'Japanese Prime Minister Fumio Kishida arrived on Sunday.\n\nKishida said Japan would remain "a reliable partner in Vietnam\'s industrialisation" for decades to come.',
    quotes: [["Fumio Kishida", "a reliable partner in"]],
  },
  {
    shape: "scare quotes and a named event are not speech",
    body: 'Analysts call the approach "bamboo diplomacy". The forum, themed "Connecting Southeast Asia for a Sustainable Future", opened on Monday with President Luong Cuong.',
    quotes: [],
  },
  {
    shape: "'according to X' after the quotation",
    body: '"Both sides agreed to open the border gates before the harvest season," according to Deputy Foreign Minister Do Hung Viet.',
    quotes: [["Do Hung Viet", "Both sides agreed to"]],
  },
  {
    shape: "speaker by nationality and role only",
    body: 'Lao Prime Minister Sonexay Siphandone welcomed the delegation in Vientiane.\n\n"Laos and Vietnam share a special relationship that is rare in the world," the Lao leader said.',
    quotes: [["Sonexay Siphandone", "Laos and Vietnam share"]],
  },
  {
    shape: "'he told reporters' after a sentence naming him",
    body: 'Indonesian President Prabowo Subianto landed in Hanoi on Sunday. "We came here to learn from Vietnam\'s success in food security," he told reporters.',
    quotes: [["Prabowo Subianto", "We came here to"]],
  },
  {
    shape: "'she said' after a spokeswoman",
    body: 'Foreign ministry spokeswoman Pham Thu Hang spoke at the regular briefing.\n\n"Vietnam resolutely opposes any action that violates its sovereignty," she said.',
    quotes: [["Pham Thu Hang", "Vietnam resolutely opposes any"]],
  },
  {
    shape: "a ministry's statement is the ministry's, not the person named before",
    body: 'Prime Minister Pham Minh Chinh arrived in Tokyo on Monday.\n\n"The ministry will continue to monitor the situation of Vietnamese citizens closely," the Foreign Ministry said in a statement.',
    quotes: [["Foreign Ministry", "The ministry will continue"]],
  },
  {
    shape: "Myanmar honorific 'U' before the name",
    body: 'Myanmar President U Htin Kyaw told his guest: "Myanmar wishes to learn from Vietnam\'s experience of reform."',
    quotes: [["Htin Kyaw", "Myanmar wishes to learn"]],
  },
  {
    shape: "Myanmar honorific 'Daw' and a four-word name",
    body: 'State Counsellor Daw Aung San Suu Kyi said: "Our peoples have been friends since the struggle for independence."',
    quotes: [["Aung San Suu Kyi", "Our peoples have been"]],
  },
  {
    shape: "Malay 'Datuk Seri' between title and name",
    body: '"Malaysia and Vietnam must settle fishing disputes through dialogue," Foreign Minister Datuk Seri Mohamad Hasan told reporters.',
    quotes: [["Mohamad Hasan", "Malaysia and Vietnam must"]],
  },
  {
    shape: "Malay 'Tan Sri' and a role in apposition",
    body: 'Tan Sri Muhyiddin Yassin, the former prime minister, said: "Vietnam has shown what discipline can achieve."',
    quotes: [["Muhyiddin Yassin", "Vietnam has shown what"]],
  },
  {
    shape: "Indonesian single name after a title",
    body: 'Foreign Minister Sugiono said Indonesia would "keep pushing for a code of conduct that is binding" in the talks.',
    quotes: [["Sugiono", "keep pushing for a"]],
  },
  {
    shape: "a nickname used for the person named in full before",
    body: 'Indonesian President Joko Widodo received President Vo Van Thuong at the Bogor Palace.\n\n"We agreed to speed up the delimitation of the exclusive economic zone," Jokowi said after the talks.',
    quotes: [["Joko Widodo", "We agreed to speed"]],
  },
  {
    shape: "Thai 'Mr' with a given name",
    body: 'Thai Prime Minister Srettha Thavisin met investors in Ho Chi Minh City. "Thailand wants to be Vietnam\'s partner in the digital economy," Mr Srettha said.',
    quotes: [["Srettha Thavisin", "Thailand wants to be"]],
  },
  {
    shape: "Japanese name written family-first",
    body: 'Prime Minister Kishida Fumio said Japan "stands ready to support Vietnam\'s green transition with concrete projects".',
    quotes: [["Fumio Kishida", "stands ready to support"]],
  },
  {
    shape: "Korean name stays family-first",
    body: '"Korea and Vietnam have become indispensable partners," President Yoon Suk Yeol said at a state dinner.',
    quotes: [["Yoon Suk Yeol", "Korea and Vietnam have"]],
  },
  {
    shape: "four-word Vietnamese name",
    body: 'Deputy Foreign Minister Le Thi Thu Hang said: "Vietnam wants a peaceful and cooperative environment for development."',
    quotes: [["Le Thi Thu Hang", "Vietnam wants a peaceful"]],
  },
  {
    shape: "long title chain before the name",
    body: 'Deputy Prime Minister and Foreign Minister Bui Thanh Son stressed: "Multilateralism remains the only path to lasting peace."',
    quotes: [["Bui Thanh Son", "Multilateralism remains the only"]],
  },
  {
    shape: "surname with a role after it, 'who is also'",
    body: 'Foreign Minister Bui Thanh Son signed the agreement.\n\n"This agreement will be a model for the whole region," said Son, who is also deputy prime minister.',
    quotes: [["Bui Thanh Son", "This agreement will be"]],
  },
  {
    shape: "'Mr.' and a lower-case role in apposition",
    body: 'Mr. Nguyen Hong Dien, the trade minister, said: "Exports to the European Union will keep growing this year."',
    quotes: [["Nguyen Hong Dien", "Exports to the European"]],
  },
  {
    shape: "'Ms' without a dot and a possessive role",
    body: 'Ms Penny Wong, Australia\'s foreign minister, said: "We are partners in keeping this region open and stable."',
    quotes: [["Penny Wong", "We are partners in"]],
  },
  {
    shape: "'said the minister' after a quotation",
    body: 'Trade Minister Nguyen Hong Dien opened the fair. "Our businesses are ready for the new agreement," said the minister.',
    quotes: [["Nguyen Hong Dien", "Our businesses are ready"]],
  },
  {
    shape: "'the top diplomat' for a foreign minister",
    body: 'Chinese Foreign Minister Wang Yi arrived in Hanoi for two days of talks.\n\n"Neighbours cannot move away from each other," the top diplomat said.',
    quotes: [["Wang Yi", "Neighbours cannot move away"]],
  },
  {
    shape: "an agency quoting someone 'as saying'",
    body: 'Chinese Foreign Minister Wang Yi met Party General Secretary To Lam. Xinhua quoted Wang as saying that "the two parties should strengthen strategic communication".',
    quotes: [["Wang Yi", "the two parties should"]],
  },
  {
    shape: "the listener after 'told' is not the speaker",
    body: 'Russian Foreign Minister Sergey Lavrov arrived on Thursday.\n\n"We expect concrete results from this visit," Lavrov told Prime Minister Pham Minh Chinh.',
    quotes: [["Sergey Lavrov", "We expect concrete results"]],
  },
  {
    shape: "name, role in apposition, then 'told'",
    body: '"Vietnam is now our largest trading partner in ASEAN," Choi Young-sam, the South Korean ambassador, told the newspaper.',
    quotes: [["Choi Young-sam", "Vietnam is now our"]],
  },
  {
    shape: "a colon at the end of a paragraph, the quotation in the next",
    body: 'At the press conference, Prime Minister Anwar Ibrahim put it plainly:\n\n"Malaysia does not want to be dragged into a rivalry between great powers."',
    quotes: [["Anwar Ibrahim", "Malaysia does not want"]],
  },
  {
    shape: "attribution between dashes inside the quotation marks",
    body: "Russian Foreign Minister Sergey Lavrov held talks in Hanoi.\n\n“Vietnam is one of our oldest friends in Asia, – Lavrov said. – We will keep supporting each other at the United Nations.”",
    quotes: [["Sergey Lavrov", "Vietnam is one of"]],
  },
  {
    shape: "'said in a statement' after a long title",
    body: '"We welcome the upgrade as a milestone for the region," U.S. Secretary of State Antony Blinken said in a statement.',
    quotes: [["Antony Blinken", "We welcome the upgrade"]],
  },
  {
    shape: "Filipino middle initial and generational suffix",
    body: 'President Benigno S. Aquino III said: "Our nations share the same sea and the same hopes."',
    // The fullest form the story gives (test/READING.md), initial and suffix kept.
    quotes: [["Benigno S. Aquino III", "Our nations share the"]],
  },
  {
    shape: "Indian honorific 'Shri'",
    body: 'Prime Minister Shri Narendra Modi said: "India and Vietnam are partners in peace and prosperity."',
    quotes: [["Narendra Modi", "India and Vietnam are"]],
  },
  {
    shape: "a quotation shorter than five words is not counted",
    body: 'Prime Minister Pham Minh Chinh met the press. "We agree," Chinh said.',
    quotes: [],
  },
  {
    shape: "lower-case partial quotation after 'said the upgrade showed'",
    body: 'Australian Prime Minister Anthony Albanese spoke in Canberra.\n\nAlbanese said the upgrade showed "the depth of trust between our two peoples".',
    quotes: [["Anthony Albanese", "the depth of trust"]],
  },
  {
    shape: "two speakers one after the other",
    body: 'New Zealand Prime Minister Christopher Luxon visited Hanoi.\n\n"We are proud of what this partnership has become," Luxon said. Prime Minister Pham Minh Chinh replied: "New Zealand is a trusted friend of Vietnam."',
    quotes: [
      ["Christopher Luxon", "We are proud of"],
      ["Pham Minh Chinh", "New Zealand is a"],
    ],
  },
  {
    shape: "'The Vietnamese leader, for his part, …' then 'he said'",
    body: 'Malaysian Prime Minister Anwar Ibrahim hosted General Secretary To Lam in Putrajaya. "We see Vietnam as a partner for a generation," Anwar said.\n\nThe Vietnamese leader, for his part, praised Malaysia\'s role in ASEAN. "Vietnam will back Malaysia\'s chairmanship with all its strength," he said.',
    quotes: [
      ["Anwar Ibrahim", "We see Vietnam as"],
      ["To Lam", "Vietnam will back Malaysia's"],
    ],
  },
  {
    shape: "closing mark written as two apostrophes",
    body: "Vietnamese Prime Minister Nguyen Tan Dung met Thai leaders.\n\n\"Vietnam is ready to work with Thailand on rice prices,'' Mr Dung said.",
    quotes: [["Nguyen Tan Dung", "Vietnam is ready to"]],
  },
  {
    shape: "a second sentence after the attribution continues the same quotation",
    body: 'Singapore Prime Minister Lawrence Wong met the press.\n\n"This is a statement of trust between our two countries," Mr Wong said. "It also commits us to doing more on clean energy."',
    quotes: [["Lawrence Wong", "This is a statement"]],
  },
  {
    shape: "'adding:' after reported speech",
    body: 'Foreign Minister Bui Thanh Son said the meeting was productive, adding: "We agreed on a roadmap for the next five years."',
    quotes: [["Bui Thanh Son", "We agreed on a"]],
  },
  {
    shape: "'wrote on social media'",
    body: 'Australian Prime Minister Anthony Albanese left Hanoi on Friday.\n\n"Hanoi has been a warm host, thank you Vietnam," Albanese wrote on social media.',
    quotes: [["Anthony Albanese", "Hanoi has been a"]],
  },
  {
    shape: "opening participle with the quotation, the speaker after",
    body: 'Stressing that "Vietnam is an important partner in a free and open Indo-Pacific," Prime Minister Fumio Kishida pledged new loans.',
    quotes: [["Fumio Kishida", "Vietnam is an important"]],
  },
  {
    shape: "'X said, \"…\"' with a comma before the quotation",
    body: 'Prime Minister Pham Minh Chinh concurred, saying, "We will cooperate to build a world without nuclear weapons."',
    quotes: [["Pham Minh Chinh", "We will cooperate to"]],
  },
];

/* Second round: shapes probed after the first run (not part of its score), kept so that their fixes stay fixed. */
const secondRound: Case[] = [
  {
    shape: "a credit after a dash on the quotation's own line",
    body: '"The partnership will bring tangible benefits to both peoples." — Prime Minister Pham Minh Chinh',
    quotes: [["Pham Minh Chinh", "The partnership will bring"]],
  },
  {
    shape: "two name particles in a row after 'Ms.'",
    body: '"Vietnam is a model for the region," said Ms. Ursula von der Leyen, President of the European Commission.',
    quotes: [["Ursula von der Leyen", "Vietnam is a model"]],
  },
  {
    shape: "a lower-case title, then the name between commas",
    body: 'The Philippine president, Ferdinand Marcos Jr., told reporters: "We are not going to give up even a square inch of our territory."',
    quotes: [["Ferdinand Marcos Jr.", "We are not going"]],
  },
  {
    shape: "Malay 'Datuk Seri Utama' and an inner 'Haji'",
    body: 'Malaysian Foreign Minister Datuk Seri Utama Haji Mohamad Haji Hasan said: "Our two countries must keep the sea lanes open for all."',
    // The title's honorifics go; the inner "Haji" of the name as printed stays (fullestNames).
    quotes: [["Mohamad Haji Hasan", "Our two countries must"]],
  },
  {
    shape: "a given name alone for a public figure the data lists",
    body: '"We have agreed to raise bilateral trade to 25 billion dollars," Thai Prime Minister Srettha said.',
    quotes: [["Srettha Thavisin", "We have agreed to"]],
  },
  {
    shape: "two initials in the middle of a name",
    body: 'Indonesian Foreign Minister Retno L.P. Marsudi said that "ASEAN must not become a proxy of any power".',
    quotes: [["Retno L.P. Marsudi", "ASEAN must not become"]],
  },
  {
    shape: "a quotation paragraph after 'X spoke at the forum'",
    body: "Deputy Foreign Minister Nguyen Minh Hang spoke at the forum.\n\n“Vietnam is committed to working with all partners on climate change.”",
    quotes: [["Nguyen Minh Hang", "Vietnam is committed to"]],
  },
  {
    shape: "a characterisation after 'as a' is not speech",
    body: 'General Secretary Nguyen Phu Trong met Xi Jinping. Trong said Vietnam regarded its ties with China as a "strategic choice and top priority" of its policy.',
    quotes: [],
  },
];

/** Issue 11, second pass: shapes behind blind5 misses, written fresh. */
const thirdRound: Case[] = [
  {
    shape: "a partial quote after 'that', with an aside naming someone between the verb and 'that'",
    body: 'Thai Prime Minister Srettha Thavisin said after talks with General Secretary To Lam, who hosted him at the Party headquarters, that the visit marked "a turning point for trade between our two peoples".',
    quotes: [["Srettha Thavisin", "a turning point for"]],
  },
  {
    shape: "a speaker introduced by a lower-case academic title in apposition",
    body: 'Xu Bo, dean of the School of International Studies, noted the timing of the trip. "Tariffs will not stop the region from trading with itself," Xu said.',
    quotes: [["Xu Bo", "Tariffs will not stop"]],
  },
  {
    shape: "a quotation going on after an attribution that carries a long relative clause",
    body: '"The survey ship has not stopped for a single day," said Tran Van Minh, who heads the maritime studies programme at a university in Ho Chi Minh City. "If the talks fail, the patrols will only grow."',
    quotes: [["Tran Van Minh", "The survey ship has"]],
  },
];

describe("quotes on unseen shapes", () => {
  it.each([...cases, ...secondRound, ...thirdRound])("$shape", ({ body, quotes }) => {
    const want = quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]);
    expect(read(body)).toEqual(want);
  });
});
