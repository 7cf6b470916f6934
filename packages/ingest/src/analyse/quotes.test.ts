import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.slice(0, 20)]);

describe("quotes", () => {
  it("attributes a quote to the speaker in the same sentence", () => {
    expect(quotes('Party General Secretary To Lam said: "We are elevating foreign affairs to a new height."')).toEqual([
      ["To Lam", "We are elevating for"],
    ]);
  });

  it("attributes a standalone quote to the person named on the next line", () => {
    const body = '"Helping to protect the Fatherland early and from afar is our task."\nForeign Minister Bui Thanh Son';
    expect(quotes(body)).toEqual([["Bui Thanh Son", "Helping to protect t"]]);
  });

  it("resolves 'the minister said' to the minister named before the quote", () => {
    const body =
      'Foreign Minister Le Hoai Trung spoke at the conference.\n\n"We believe this is both our proactive adaptation and a lesson," the minister said.';
    expect(quotes(body)).toEqual([["Le Hoai Trung", "We believe this is b"]]);
  });

  it("resolves 'he said' to the last person named", () => {
    const body =
      'Trong spoke first. Communist Party chief Nguyen Phu Trong arrived. "This is a new chapter of our relations," he said.';
    expect(quotes(body)).toEqual([["Nguyen Phu Trong", "This is a new chapte"]]);
  });

  it("skips scare quotes, quoted document phrases and titles introduced by a colon", () => {
    const body =
      'Trung said the Party reaffirmed "consistently implementing an independent foreign policy." Lao Dong introduces the article: "Foreign relations contribute to a solid impetus for development" by a deputy minister. It is a "bright spot".';
    expect(quotes(body)).toEqual([]);
  });
});

describe("quotes without a named speaker", () => {
  it("leaves out words attributed to a document", () => {
    expect(quotes('The resolution states: "Foreign affairs and international integration are key tasks."')).toEqual([]);
  });

  it("gives 'he said' to the subject of the last sentence that named someone, not to the last name in it", () => {
    const body =
      'Prime Minister Anwar Ibrahim said the upgrade, sealed during the visit of General Secretary To Lam, reflected trust.\n\n"This is a historic moment for our two countries," he told a press conference.';
    expect(quotes(body)).toEqual([["Anwar Ibrahim", "This is a historic m"]]);
  });

  // The blind sets' convention: a quotation continued in the next paragraph without a new attribution is one quote.
  it("reads a quotation that runs on over paragraphs, or goes on after its attribution, as one quote, and a quote paragraph after an attributed one as the same quote", () => {
    const body = [
      '"Vietnam considers Japan a leading partner," PM Pham Minh Chinh said. "We hope businesses will expand investment in high technology.',
      '"Vietnam will create the most favourable conditions for them."',
      '"Our doors will always stay open to friends from every country," he added.',
      '"Trade must serve both peoples and both economies alike."',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Pham Minh Chinh", "Vietnam considers Ja"],
      ["Pham Minh Chinh", "Our doors will alway"],
    ]);
    expect(analyseArticle(body, {}).quotes[1]?.text).toContain("Trade must serve both peoples");
  });
});

describe("quote marks as real pages write them", () => {
  it("reads curly quotes with the attribution after the quote", () => {
    const body =
      "Foreign Minister Bui Thanh Son met his Lao counterpart on Monday.\n“Our two countries share a special bond that no one can break,” the top diplomat said.";
    expect(quotes(body)).toEqual([["Bui Thanh Son", "Our two countries sh"]]);
  });

  it("reads British single quotes but not apostrophes", () => {
    const body =
      "Prime Minister Anthony Albanese arrived in Hanoi. ‘Australia’s ties with Vietnam have never been stronger,’ Albanese told reporters, praising the countries’ trust.";
    expect(quotes(body)).toEqual([["Anthony Albanese", "Australia’s ties wit"]]);
  });

  it("reads guillemets and a quotation nested inside another", () => {
    const body =
      "President Emmanuel Macron said: «France and Vietnam are writing a new chapter together.» He added: “We need a “win-win” partnership for the next decade.”";
    expect(quotes(body)).toEqual([
      ["Emmanuel Macron", "France and Vietnam a"],
      ["Emmanuel Macron", "We need a “win-win” "],
    ]);
  });

  it("reads a closing mark written the wrong way round", () => {
    expect(quotes("Party General Secretary To Lam said: “Diplomacy must go one step ahead of the times.“")).toEqual([
      ["To Lam", "Diplomacy must go on"],
    ]);
  });

  it("gives a quote split around its attribution to one speaker, as one quote", () => {
    const body =
      'President Joe Biden spoke in Hanoi. "We are not seeking to contain anyone," he said, "we are building something together."';
    expect(quotes(body)).toEqual([["Joe Biden", "We are not seeking t"]]);
  });

  it("gives a quote to the speaker named after it with 'said X' and with a clause between name and verb", () => {
    const body = [
      "Deputy Prime Minister Tran Hong Ha and Senator Penny Wong met in Canberra.",
      '"Australia wants to be a partner Vietnam can count on," said Foreign Minister Penny Wong.',
      '"Vietnam welcomes every effort to keep the region peaceful," Ha, who is also a Politburo member, told the press.',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Penny Wong", "Australia wants to b"],
      ["Tran Hong Ha", "Vietnam welcomes eve"],
    ]);
  });

  it("reads 'X stressed that' and 'According to X' before a quotation", () => {
    const body =
      'Prime Minister Pham Minh Chinh stressed that "Vietnam always values its friendship with Singapore." According to Prime Minister Lawrence Wong, "Singapore is ready to share its experience."';
    expect(quotes(body)).toEqual([
      ["Pham Minh Chinh", "Vietnam always value"],
      ["Lawrence Wong", "Singapore is ready t"],
    ]);
  });

  it("takes a lower-case quotation of five words or more inside reported speech", () => {
    const body = 'Foreign Minister Wang Yi said the two sides "will continue to deepen their strategic trust."';
    expect(quotes(body)).toEqual([["Wang Yi", "will continue to dee"]]);
  });

  it("does not take a two-word scare quote or a slogan as a quotation", () => {
    const body =
      'Prime Minister Pham Minh Chinh praised the country\'s "steady growth" and recalled the motto "Sincerity, Affection, Trust and Long-term Vision" of the partnership.';
    expect(quotes(body)).toEqual([]);
  });

  it("does not take the title of a document as a quotation", () => {
    const body =
      'Foreign Minister Bui Thanh Son presented the "Strategy for Vietnam\'s Foreign Affairs to 2030 with a Vision to 2045".';
    expect(quotes(body)).toEqual([]);
  });

  it("reads a quotation whose closing mark is missing before the attribution", () => {
    const body =
      "Spokeswoman Le Thi Thu Hang spoke on Thursday.\n\"Vietnam's position on the East Sea is consistent and clear, she added.";
    expect(quotes(body)).toEqual([["Le Thi Thu Hang", "Vietnam's position o"]]);
  });

  it("reads 'the agency quoted X as saying'", () => {
    const body =
      'Foreign Minister Choe Son-hui arrived in Vientiane.\n"The DPRK values its traditional friendship with Laos," the Korean Central News Agency quoted Choe as saying.';
    expect(quotes(body)).toEqual([["Choe Son-hui", "The DPRK values its "]]);
  });
});

describe("who a quote goes to", () => {
  it("never gives a quote to a person named only in the next paragraph", () => {
    const body =
      '"We will keep working for peace and stability in the region," the minister said.\n\nForeign Minister Le Hoai Trung will visit Tokyo next week.';
    expect(quotes(body)).toEqual([]);
  });

  it("never gives a quote to the previous speaker when a new speaker is named after it", () => {
    const body =
      '"Vietnam is a trusted partner of Japan in every field," Prime Minister Pham Minh Chinh said.\n"Japan will stand with Vietnam in the years ahead," Japanese Prime Minister Fumio Kishida said.';
    expect(quotes(body)).toEqual([
      ["Pham Minh Chinh", "Vietnam is a trusted"],
      ["Fumio Kishida", "Japan will stand wit"],
    ]);
  });

  it("resolves 'the Japanese leader' by nationality between two leaders", () => {
    const body =
      'President Truong Tan Sang held talks with Japanese Prime Minister Shinzo Abe in Tokyo.\n"Japan stands ready to support Vietnam at sea and on land," the Japanese leader said.';
    expect(quotes(body)).toEqual([["Shinzo Abe", "Japan stands ready t"]]);
  });

  it("resolves 'she' to the most recent woman named", () => {
    const body =
      'Ms. Pham Thu Hang spoke after Foreign Minister Bui Thanh Son.\nSon left early. "Vietnam resolutely opposes any violation of its sovereignty," she said.';
    expect(quotes(body)).toEqual([["Pham Thu Hang", "Vietnam resolutely o"]]);
  });

  it("does not give 'he said' to a name that follows 'talks with'", () => {
    const body =
      'Prime Minister Anwar Ibrahim held talks with Party General Secretary To Lam in Hanoi. "Our ties have never been stronger than they are today," he said.';
    expect(quotes(body)).toEqual([["Anwar Ibrahim", "Our ties have never "]]);
  });

  it("does not give 'he said' to a name that is only the object of 'under the leadership of'", () => {
    const body = [
      'Foreign Minister Le Hoai Trung received the ambassador. "Your work has brought the two peoples even closer," Trung told the diplomat.',
      "The Vietnamese official praised Cambodia's recovery under the leadership of Prime Minister Hun Manet.",
      '"Vietnam will always stand side by side with Cambodia," he said.',
    ].join("\n\n");
    expect(quotes(body).at(-1)).toEqual(["Le Hoai Trung", "Vietnam will always "]);
  });

  it("gives a second quote after 'adding,' and a quote inside a 'Stressing that' clause to the same speaker", () => {
    const body =
      'Prime Minister Fumio Kishida met Pham Minh Chinh.\n"We confirmed that countries must respect sovereignty," Kishida said after the talks, adding, "In any region, changing the status quo by force is not permissible."\nStressing that "Vietnam is an important partner for a free and open Indo-Pacific," Kishida pledged more aid.';
    expect(quotes(body)).toEqual([
      ["Fumio Kishida", "We confirmed that co"],
      ["Fumio Kishida", "In any region, chang"],
      ["Fumio Kishida", "Vietnam is an import"],
    ]);
  });

  it("never gives a standalone quote to a person named only in the next headline", () => {
    const body =
      '"Vietnam will keep working with all partners for peace and stability."\nPM Chinh Meets Japanese Counterpart Kishida Fumio\n\n"Helping to protect the Fatherland early is our task."\n— Deputy Prime Minister and Foreign Minister Bui Thanh Son';
    expect(quotes(body)).toEqual([["Bui Thanh Son", "Helping to protect t"]]);
  });
});

describe("quotations split or run on", () => {
  const full = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text, q.start, q.end]);

  it("starts a quotation split around its attribution at its first part, however short", () => {
    const body =
      'Foreign Minister Maria Santos met her Thai counterpart.\n\n"Our peoples," Santos told reporters, "have shared the same sea for centuries."';
    const [q] = full(body);
    expect(q?.slice(0, 2)).toEqual(["Maria Santos", "Our peoples have shared the same sea for centuries."]);
    expect(body.slice(q?.[2] as number, (q?.[2] as number) + 11)).toBe("Our peoples");
  });

  it("reads a quotation left open at the end of a paragraph as one quote spanning the paragraphs", () => {
    const body = [
      "Professor Tran Minh Duc, a historian at Hue University, spoke at the seminar.",
      '"The two peoples built this friendship through hard years of war and peace.',
      '"It will take both governments to carry it forward for another generation," he said.',
    ].join("\n");
    const [q, ...rest] = full(body);
    expect(rest).toEqual([]);
    expect(q?.[0]).toBe("Tran Minh Duc");
    expect(q?.[1]).toBe(
      "The two peoples built this friendship through hard years of war and peace. It will take both governments to carry it forward for another generation",
    );
    expect(body.slice(q?.[2] as number, q?.[3] as number)).toMatch(/^The two peoples[\s\S]*another generation,?$/);
  });
});

describe("role references and pronouns", () => {
  it("reads 'the German minister' as the German named as a counterpart, not the Vietnamese minister", () => {
    const body = [
      "Foreign Minister Nguyen Van Hai and his German counterpart Klaus Becker met in Berlin on Friday.",
      "Becker said trade had grown.",
      '"We should meet more often and speak openly about every issue," the German minister said.',
    ].join("\n");
    expect(quotes(body)).toEqual([["Klaus Becker", "We should meet more "]]);
  });

  it("reads 'the Prime Minister' after a sentence about 'the Vietnamese Prime Minister' as the Vietnamese one", () => {
    const body = [
      "Prime Minister Rajiv Mehta held talks with his Vietnamese counterpart Pham Van Long.",
      '"Our ties have never been stronger than they are today," Mr. Mehta said.',
      "The Vietnamese Prime Minister said Hanoi welcomed a larger role for India.",
      '"India is a true friend of Vietnam in every season," the Prime Minister added.',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Rajiv Mehta", "Our ties have never "],
      ["Pham Van Long", "India is a true frie"],
    ]);
  });

  it("reads a bare 'the President' as the subject of the last sentence naming two presidents", () => {
    const body = [
      "President Maria Lopez and Vietnamese President Vo Minh Tuan on Tuesday agreed to step up cooperation.",
      "The two sides signed two agreements.",
      '"We agreed that the dispute must be handled peacefully," the President said.',
    ].join("\n");
    expect(quotes(body)).toEqual([["Maria Lopez", "We agreed that the d"]]);
  });

  it("gives a partial quote to the subject who said it, not to a name inside an aside", () => {
    const body =
      'General Secretary To Lam, who was accompanied by Deputy Prime Minister Bui Thanh Son, said the upgrade reflected "a new level of political trust" between them.';
    expect(quotes(body)).toEqual([["To Lam", "a new level of polit"]]);
  });

  it("gives 'he said' after an analyst's introduction to the analyst, not the leader", () => {
    const body = [
      "President Vo Minh Tuan met Prime Minister Pham Van Long.",
      "Jose Antonio Cruz, a security analyst at the University of the Philippines, said the deals mattered.",
      '"What matters is that two claimant states are talking," he said.',
    ].join("\n");
    expect(quotes(body)).toEqual([["Jose Antonio Cruz", "What matters is that"]]);
  });
});

describe("pronoun after a sentence opened by a role", () => {
  it("gives 'he said' to the role that opens the sentence before, not a person it mentions", () => {
    expect(
      quotes(
        'President Ana Ruiz hosted Prime Minister Pham Quoc Hung in Lima.\n\nThe Vietnamese prime minister recalled that the poet Tran Van Khoa once lived in Lima.\n\n"Our friendship has deep roots in this city and it keeps growing," he said.',
      ),
    ).toEqual([["Pham Quoc Hung", "Our friendship has d"]]);
  });
});

describe("role named by a country's possessive", () => {
  it("gives a quote after \"Vietnam's head of state said\" to Vietnam's president, not the visitor", () => {
    expect(
      quotes(
        'Philippine President Ana Reyes met Vietnamese President Vo Minh Hai in Hanoi.\n\nVietnam\'s head of state said both wanted disputes settled "in accordance with international law and the charter," a view both share.',
      ),
    ).toEqual([["Vo Minh Hai", "in accordance with i"]]);
  });
});

describe("quotes spoken by an institution or credited past a name in their content", () => {
  it("gives an embassy's quotation to the embassy, not to the person its sentence goes on to name", () => {
    expect(
      quotes(
        'Russian President Vladimir Putin arrived in Hanoi on Thursday.\nThe U.S. Embassy in Hanoi said no country should give Putin "a platform to promote his war of aggression" against Ukraine.',
      ),
    ).toEqual([["U.S. Embassy in Hanoi", "a platform to promot"]]);
  });

  it("gives a ministry's quotation to the ministry, not to a person named after the verb", () => {
    expect(
      quotes(
        'Russian President Vladimir Putin arrived in Hanoi on Thursday.\nThe Foreign Ministry said Putin would open "a new chapter of cooperation between the two nations."',
      ),
    ).toEqual([["Foreign Ministry", "a new chapter of coo"]]);
  });

  it("resolves 'he said' to the role that opened the sentence before, not a historical figure it recalled", () => {
    expect(
      quotes(
        'General Secretary Nguyen Phu Trong held talks with President Htin Kyaw.\nSpeaking at a state banquet, the President said both countries had been close friends since the days of their independence struggles led by General Aung San and President Ho Chi Minh.\n"Myanmar values the experience of Viet Nam in economic reform, and we wish to learn from it," he said.',
      ),
    ).toEqual([["Htin Kyaw", "Myanmar values the e"]]);
  });

  it("credits the named speaker of the attribution over a person named inside the quotation", () => {
    expect(
      quotes(
        'General Secretary Nguyen Phu Trong held talks with President Htin Kyaw.\n"Our peoples learned much from President Ho Chi Minh during the struggle for independence," President Htin Kyaw said.',
      ),
    ).toEqual([["Htin Kyaw", "Our peoples learned "]]);
  });
});

describe("quotes inside reported speech", () => {
  it("credits words the speaker 'described as' to the person the pronoun stands for", () => {
    const body =
      "Prime Minister Pham Minh Chinh welcomed more investment.\n" +
      'He said Thai firms had 700 projects, a sum he described as "well short of what two growing economies can do."';
    expect(quotes(body)).toEqual([["Pham Minh Chinh", "well short of what t"]]);
  });
});

describe("quotes in the shapes of wire copy and press releases", () => {
  it("gives a quotation after a colon to the pronoun that opens the sentence", () => {
    const body =
      'Defence Minister Phan Van Giang spoke after the drill. He put the lesson briefly: "A navy that trains together can rescue together."';
    expect(quotes(body)).toEqual([["Phan Van Giang", "A navy that trains t"]]);
  });

  it("reads an unmarked paragraph after a short 'X said:' line as that person's words", () => {
    const body = [
      "Trade Secretary Jonathan Reynolds said:",
      "Our firms want to build the wind farms and train the engineers who will run them for decades.",
      "The statement said:",
      "Both sides will meet again in Hanoi next spring to review the plan.",
    ].join("\n");
    expect(quotes(body)).toEqual([["Jonathan Reynolds", "Our firms want to bu"]]);
  });

  it("keeps a partial quote whose reported clause names a plan before 'that', or a document the speaker judges", () => {
    const body =
      'Foreign Minister Sugiono said the ministries would write a joint plan so that the upgraded ties "bring visible results for fishermen and traders". President Ferdinand Marcos Jr. called the treaty "a shield for every small state in the region."';
    expect(quotes(body)).toEqual([
      ["Sugiono", "bring visible result"],
      ["Ferdinand Marcos Jr.", "a shield for every s"],
    ]);
  });

  it("joins a partial quote to the verb before an earlier short quote in the same sentence", () => {
    const body =
      'President Luong Cuong said the talks were "very candid" for a partnership that "has matured through thirty years of trust."';
    expect(quotes(body)).toEqual([["Luong Cuong", "has matured through "]]);
  });

  it("keeps a partial quote after a reported clause of up to twelve words", () => {
    const body =
      'Deputy Foreign Minister Do Hung Viet said Vietnam would keep talking with Beijing and the other claimants towards "a binding set of rules for the waters we share."';
    expect(quotes(body)).toEqual([["Do Hung Viet", "a binding set of rul"]]);
  });

  it("leaves 'he said' unattributed after a sentence whose speaker the article does not name", () => {
    const body = [
      'Prime Minister Pham Minh Chinh visited the flooded district on Sunday. "We will rebuild every school before the new term," Chinh said.',
      'A shopkeeper who lost her stock said the water rose in an hour. "We had no time to carry anything upstairs," she said.',
    ].join("\n");
    expect(quotes(body)).toEqual([["Pham Minh Chinh", "We will rebuild ever"]]);
  });

  it("treats a quoted list of short virtues as a motto, not speech", () => {
    const body =
      'Party chief To Lam said the two parties cherish ties of "trust, loyalty, solidarity and long-term cooperation" built over decades.';
    expect(quotes(body)).toEqual([]);
  });

  it("gives a quotation to a body that speaks as the subject, by its full name or the name its acronym stands for", () => {
    const body = [
      'Amnesty International said the ruling had "closed the last door left open to the families."',
      'The talks were announced by the Department of Foreign Affairs (DFA). "Both sides will meet again before the end of the year," the DFA said.',
      '"The schedule is not yet fixed for the summit," a spokesperson for the Japanese Embassy in Hanoi said.',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Amnesty International", "closed the last door"],
      ["Department of Foreign Affairs", "Both sides will meet"],
    ]);
  });

  it("gives 'he said' to the speaker of the quotation just before when no one is named between", () => {
    const body = [
      "Party chief To Lam received Lao Ambassador Khamphao Ernthavanh in Hanoi.",
      '"Laos will always stand beside Vietnam in good times and hard times," the ambassador replied.',
      '"Our railway link must be finished within this decade," he said.',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Khamphao Ernthavanh", "Laos will always sta"],
      ["Khamphao Ernthavanh", "Our railway link mus"],
    ]);
  });

  it("reads a capitalised quotation right after 'the' as a name, not speech", () => {
    const body =
      'President Luong Cuong said Vietnam would host the "Mekong Future Forum 2026: Building a green and resilient basin" in June.';
    expect(quotes(body)).toEqual([]);
  });

  it("opens a quotation whose opening mark was left out at the colon after 'X said:'", () => {
    const body =
      'Deputy Prime Minister Tran Hong Ha said: Every province must finish its flood maps before the rainy season."';
    expect(quotes(body)).toEqual([["Tran Hong Ha", "Every province must "]]);
  });
});
