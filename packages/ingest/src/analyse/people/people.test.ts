import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf as people } from "../testing/people-readings.js";

describe("people", () => {
  it("splits a title chain on 'and' into roles", () => {
    expect(people("Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son affirmed the results.")).toEqual(
      [{ name: "Bui Thanh Son", roles: ["Deputy Prime Minister", "Minister of Foreign Affairs"] }],
    );
  });

  it("resolves a bare surname to the full name given later", () => {
    const body = "Trung said the policy was sound.\n\nForeign Minister Le Hoai Trung said more.";
    const found = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    expect(found.map((p) => p.name)).toEqual(["Le Hoai Trung"]);
    expect(found[0]?.mentions.map((m) => m.surface)).toContain("Trung");
  });

  it("reads roles from apposition after an honorific", () => {
    expect(people("Mr. Xu Ningning, Chairman of the Industry Cooperation Committee, said trade grew.")).toEqual([
      { name: "Xu Ningning", roles: ["Chairman of the Industry Cooperation Committee"] },
    ]);
  });

  it("drops a possessive before a title, and reads a title after a demonym once, as its office", () => {
    expect(people("China's Foreign Minister Wang Yi met Vietnamese Party General Secretary To Lam.")).toEqual([
      { name: "Wang Yi", roles: ["Foreign Minister"] },
      { name: "To Lam", roles: ["General Secretary"] },
    ]);
  });

  it("accepts lower-case titles before a name", () => {
    expect(people("Chinese leader Xi Jinping arrived; spokeswoman Pham Thu Hang spoke.").map((p) => p.name)).toEqual([
      "Xi Jinping",
      "Pham Thu Hang",
    ]);
  });

  it("folds diacritics into the key", () => {
    const p = analyseArticle("Tổng Bí thư Party General Secretary Tô Lâm spoke.", {}).entities.find(
      (e) => e.type === "person",
    );
    expect(p?.key).toBe("to lam");
  });

  it("ignores capitalised words that are not names", () => {
    expect(people("Officials said the Government and the Politburo agreed. Hanoi said nothing.")).toEqual([]);
  });

  it("drops stray capitals before a Vietnamese surname when only a speech verb marks the name", () => {
    expect(people("Traffic Tao Chi Trung said he had saved money.").map((p) => p.name)).toEqual(["Tao Chi Trung"]);
  });

  it("does not read an institution after a military-looking title as a person", () => {
    expect(people("The Party Committee of the Vietnam General Confederation of Labor met.")).toEqual([]);
  });
});

describe("person mentions", () => {
  it("counts a later bare part of a known name, but never an English function word", () => {
    const body =
      "Party General Secretary To Lam met President Prabowo Subianto. Prabowo thanked him. To conclude, both spoke.";
    const found = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    const byName = new Map(found.map((p) => [p.name, p.mentions.map((m) => m.surface)]));
    expect(byName.get("Prabowo Subianto")).toEqual(["Prabowo Subianto", "Prabowo"]);
    expect(byName.get("To Lam")).toEqual(["To Lam"]);
  });

  it("drops honorifics between title and name, however many words", () => {
    expect(
      people(
        "Prime Minister Datuk Seri Anwar Ibrahim met Speaker Tan Sri Johari Abdul. Anwar said ties were strong.",
      ).map((p) => p.name),
    ).toEqual(["Anwar Ibrahim", "Johari Abdul"]);
  });

  it("keeps a ruler's single name apart from another person's surname", () => {
    const body =
      "Prime Minister Anwar Ibrahim hosted the talks. Lam was received by His Majesty Sultan Ibrahim, King of Malaysia.";
    expect(people(body)).toEqual([
      { name: "Anwar Ibrahim", roles: ["Prime Minister"] },
      { name: "Sultan Ibrahim", roles: ["Sultan", "King of Malaysia"] },
    ]);
  });

  it("reads apostrophes and generational suffixes inside names", () => {
    const body =
      "Regional Director Saia Ma'u Piukala met President Ferdinand Marcos Jr. in Manila. Marcos said the talks went well.";
    expect(people(body).map((p) => p.name)).toEqual(["Saia Ma'u Piukala", "Ferdinand Marcos Jr."]);
  });

  it("does not read the listener after 'told' as a speaker", () => {
    expect(people('"Trade will grow," he told Tuoi Tre, adding that exports rose.')).toEqual([]);
  });

  it("reads lower-case Korean syllables, name particles and military ranks", () => {
    const body =
      "Speaker Woo Won-shik met President Luiz Inacio Lula da Silva. Commodore Jay Tarriela told reporters more.";
    expect(people(body)).toEqual([
      { name: "Woo Won-shik", roles: ["Speaker"] },
      { name: "Luiz Inacio Lula da Silva", roles: ["President"] },
      { name: "Jay Tarriela", roles: ["Commodore"] },
    ]);
  });

  it("reads an uncued Vietnamese name mid-sentence but not a city or a bio line", () => {
    const body =
      "Lam replaces Nguyen Phu Trong, who died last month in Ho Chi Minh City. He visited Ha Long Bay.\nNguyen Khac Giang is a visiting fellow.";
    expect(people(body).map((p) => p.name)).toEqual(["Nguyen Phu Trong"]);
  });

  it("keeps a comma inside a ministry's name and drops Cambodian honorifics", () => {
    expect(
      people(
        "Deputy Minister of Culture, Sports and Tourism Hoang Dao Cuong met Prime Minister Samdech Thipadei Hun Manet.",
      ),
    ).toEqual([
      { name: "Hoang Dao Cuong", roles: ["Deputy Minister of Culture, Sports and Tourism"] },
      { name: "Hun Manet", roles: ["Prime Minister"] },
    ]);
  });
});

describe("people as real pages name them", () => {
  it("reads a name with a lower-case title in apposition after it", () => {
    expect(
      people("Lam met Wang Huning, Politburo Standing Committee member of the CPC Central Committee, in Beijing."),
    ).toEqual([{ name: "Wang Huning", roles: ["Politburo Standing Committee member of the CPC Central Committee"] }]);
  });

  it("keeps American and British spellings of Councillor out of the name", () => {
    expect(people("Chinese State Councilor Wang Yi met State Councillor Yang Jiechi.").map((p) => p.name)).toEqual([
      "Wang Yi",
      "Yang Jiechi",
    ]);
  });

  it("files a Japanese name written family-first in given-family order, one person for both orders", () => {
    const body =
      "Japanese Prime Minister Kishida Fumio met Pham Minh Chinh. Prime Minister Fumio Kishida said Kishida would return.";
    expect(people(body).map((p) => p.name)).toEqual(["Fumio Kishida", "Pham Minh Chinh"]);
  });

  it("keeps a Korean name family-first", () => {
    expect(people("President Yoon Suk Yeol met President Vo Van Thuong.").map((p) => p.name)).toEqual([
      "Yoon Suk Yeol",
      "Vo Van Thuong",
    ]);
  });

  it("joins transliteration variants and middle initials under one canonical name", () => {
    expect(
      people("Prime Minister Hunsen thanked US President Joseph R. Biden.")
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Hun Sen", "Joe Biden"]);
  });

  it("reads 'President-elect' and a city inside a committee's name as titles", () => {
    expect(
      people(
        "President-elect Donald Trump spoke. Chairman of the Hanoi People's Committee Tran Sy Thanh received the ambassador.",
      ).map((p) => p.name),
    ).toEqual(["Donald Trump", "Tran Sy Thanh"]);
  });

  it("never cuts a four-part Vietnamese name short", () => {
    expect(
      people("Spokeswoman Le Thi Thu Hang said the claim was void. Former Vice President Ton Nu Thi Ninh agreed.").map(
        (p) => p.name,
      ),
    ).toEqual(["Le Thi Thu Hang", "Ton Nu Thi Ninh"]);
  });

  it("resolves 'Mr. Son' to the full name given earlier", () => {
    const found = analyseArticle(
      "Foreign Minister Bui Thanh Son arrived. Mr. Son said ties were good.",
      {},
    ).entities.filter((e) => e.type === "person");
    expect(found.map((p) => p.name)).toEqual(["Bui Thanh Son"]);
  });

  it("drops a run of honorifics between title and name", () => {
    expect(people("Foreign Minister Datuk Seri Dr Zambry Abd Kadir spoke to reporters.")).toEqual([
      { name: "Zambry Abd Kadir", roles: ["Foreign Minister"] },
    ]);
  });

  it("finds both people when titles in apposition sit between each name and the verb", () => {
    expect(
      people(
        "Bui Thanh Son, Politburo member, Minister of Foreign Affairs, held talks with Wang Yi, Politburo member and Foreign Minister of China, in Hanoi.",
      ),
    ).toEqual([
      { name: "Bui Thanh Son", roles: ["Politburo member", "Minister of Foreign Affairs"] },
      { name: "Wang Yi", roles: ["Politburo member", "Foreign Minister of China"] },
    ]);
  });
});

describe("names as other conventions write them", () => {
  const names = (body: string) => people(body).map((p) => p.name);

  it("turns a Japanese name with its family name in capitals round", () => {
    expect(
      names("Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, met Prime Minister KISHIDA Fumio."),
    ).toEqual(["Yoko Kamikawa", "Fumio Kishida"]);
  });

  it("turns round a family-first Japanese name whose given name the data lists", () => {
    expect(names("Japanese Ambassador to Vietnam Ito Naoki said ties were strong.")).toEqual(["Naoki Ito"]);
  });

  it("keeps Vietnamese, Korean and Chinese names in their order", () => {
    expect(names("President Yoon Suk Yeol met Chinese Premier Li Qiang and Prime Minister Pham Minh Chinh.")).toEqual([
      "Yoon Suk Yeol",
      "Li Qiang",
      "Pham Minh Chinh",
    ]);
  });

  it("keeps Malay honorifics inside a name and a middle initial (the fullest name, READING.md)", () => {
    expect(names("Prime Minister Najib Tun Razak met President Ferdinand R. Marcos Jr. in Hanoi.")).toEqual([
      "Najib Tun Razak",
      "Ferdinand R. Marcos Jr.",
    ]);
    expect(names("Philippine President Ferdinand Marcos Jnr wrapped up a visit.")).toEqual(["Ferdinand Marcos Jr"]);
  });

  it("finds people a lower-case role introduces", () => {
    expect(
      people(
        "First lady Kim Mi-ra hosted his wife Tran Thi Hoa, while researcher Ding Wei and Lin Hao, a research fellow at the institute, spoke.",
      ),
    ).toEqual([
      { name: "Kim Mi-ra", roles: ["First lady"] },
      { name: "Tran Thi Hoa", roles: ["wife"] },
      { name: "Ding Wei", roles: ["researcher"] },
      { name: "Lin Hao", roles: ["research fellow"] },
    ]);
  });

  it("never reads 'Asean' as a person", () => {
    expect(names("She said the two countries would coordinate closely as fellow Asean members.")).toEqual([]);
  });
});

describe("people named with glosses and hyphenated surnames", () => {
  it("resolves a hyphenated surname used alone to the person named in full", () => {
    expect(
      people("Chilean President Ana Ruiz-Tagle met the envoy. Later, Ruiz-Tagle thanked Vietnam.").map((p) => p.name),
    ).toEqual(["Ana Ruiz-Tagle"]);
  });

  it("reads an apposition after a bracketed gloss of the name", () => {
    expect(people("Pham Quoc Hung (范國雄), Vietnam's deputy minister of trade, led the delegation.")).toEqual([
      { name: "Pham Quoc Hung", roles: ["deputy minister of trade"] },
    ]);
  });

  it("reads 'historic leader of' after a name as its role", () => {
    expect(people("They recalled the visit by Ana Ruiz, historic leader of the Andean Revolution, to Hue.")).toEqual([
      { name: "Ana Ruiz", roles: ["historic leader"] },
    ]);
  });
});

describe("people named by an honorific style", () => {
  it("credits a style used alone to the person first introduced with it, and never makes the style a name", () => {
    const body =
      "Premier Samdech Moha Borvor Thipadei Sok Vanna arrived in Hanoi. " +
      '"We are grateful," Samdech Thipadei said on arrival.';
    const found = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    expect(found.map((p) => p.name)).toEqual(["Sok Vanna"]);
    expect(found[0]?.mentions.map((m) => m.surface)).toContain("Samdech Thipadei");
  });

  it("leaves a style used alone unread when nobody was introduced with it", () => {
    expect(people("Samdech Thipadei said the border was calm.")).toEqual([]);
  });

  it("reads the Indonesian 'Pak' as an honorific, not as part of the name", () => {
    const body = "President Budi Santoso met the envoy. Pak Budi asked for a quick ratification, the minister said.";
    expect(people(body).map((p) => p.name)).toEqual(["Budi Santoso"]);
  });

  it("keeps a bracketed portfolio and an 'in the Ministry' complement inside a title", () => {
    expect(
      people("Secretary (West) in the Ministry of External Affairs Ravi Menon briefed reporters. Mr. Menon said more."),
    ).toEqual([{ name: "Ravi Menon", roles: ["Secretary (West) in the Ministry of External Affairs"] }]);
  });
});

describe("offices, not the words around them", () => {
  it("records a party office as the office, whichever side the party is written on", () => {
    const roles = (body: string) => people(body).flatMap((p) => p.roles);
    expect(roles("Communist Party General Secretary Nong Duc Manh received him.")).toEqual(["General Secretary"]);
    expect(roles("Vietnamese party chief To Lam met the envoy.")).toEqual(["Party Chief"]);
    expect(
      roles("Nguyen Phu Trong, general secretary of the Communist Party of Vietnam Central Committee, said so."),
    ).toEqual(["General Secretary"]);
    expect(
      roles("Thongloun Sisoulith, general secretary of the Lao People's Revolutionary Party Central Committee, spoke."),
    ).toEqual(["General Secretary"]);
  });

  it("records an ambassador's office without the state he is sent to", () => {
    expect(people("British Ambassador to Vietnam Helen Carter attended the ceremony.")).toEqual([
      { name: "Helen Carter", roles: ["Ambassador"] },
    ]);
  });

  it("reads two portfolios joined by 'and' before the head as one title", () => {
    expect(people("Business and Trade Secretary Peter Kyle signed the agreements.")).toEqual([
      { name: "Peter Kyle", roles: ["Business and Trade Secretary"] },
    ]);
  });

  it("never records 'counterpart' as a role, and drops 'late' before a monarch's title", () => {
    expect(people("Lee Myung-bak held talks with his Vietnamese counterpart Nguyen Minh Triet.")).toContainEqual({
      name: "Nguyen Minh Triet",
      roles: [],
    });
    expect(people("They paid respects to the late King Bhumibol Adulyadej.")).toEqual([
      { name: "Bhumibol Adulyadej", roles: ["King"] },
    ]);
  });

  it("keeps a counterpart's office when the host's single office is known", () => {
    expect(people("Prime Minister Anthony Albanese met his counterpart Pham Minh Chinh in Canberra.")).toContainEqual({
      name: "Pham Minh Chinh",
      roles: ["Prime Minister"],
    });
  });
});

describe("names around royal styles, companies and honorifics", () => {
  it("reads a father's name after 'ibni Al-Marhum' as part of the ruler's style, not as other people", () => {
    const body =
      "It marked the visit of His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah ibni Al-Marhum Sultan " +
      "Haji Omar 'Ali Saifuddien Sa'adul Khairi Waddien, Sultan and Yang Di-Pertuan of Brunei Darussalam, to Hanoi.";
    expect(people(body).map((p) => p.name)).toEqual(["Hassanal Bolkiah"]);
  });

  it("does not read a company named with a military title as a person", () => {
    expect(people("General Electric and Pratt & Whitney announced engine contracts.")).toEqual([]);
  });

  it("reads an apposition whose title follows a hyphenated region", () => {
    expect(people("Arun Mehta, Asia-Pacific chief economist at IHS Markit, said the pact was large.")).toEqual([
      { name: "Arun Mehta", roles: ["chief economist at IHS Markit"] },
    ]);
  });

  it("reads the name between commas after a title even when honorifics stand before it", () => {
    const body = "He was received by the President of India, H.E. Smt. Droupadi Murmu, in New Delhi.";
    expect(people(body)).toEqual([{ name: "Droupadi Murmu", roles: ["President of India"] }]);
  });
});

describe("family-first Japanese names with shorter given names", () => {
  const names = (body: string) => people(body).map((p) => p.name);

  it("turns round a family-first name whose given name is Yoichiro or Kei", () => {
    expect(names("Japanese lawmaker Hamada Yoichiro said the fair had grown.")).toEqual(["Yoichiro Hamada"]);
    expect(names("Vice Minister for Foreign Affairs Mori Kei said the fair had grown.")).toEqual(["Kei Mori"]);
  });
});
