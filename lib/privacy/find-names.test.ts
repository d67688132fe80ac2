import { describe, expect, it } from "vitest";
import firstNames from "./data/first-names.json";
import surnames from "./data/surnames.json";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("the name lists", () => {
  it("are large enough to be useful and hold no duplicates", () => {
    expect(firstNames.length).toBeGreaterThanOrEqual(400);
    expect(surnames.length).toBeGreaterThanOrEqual(200);
    expect(new Set(firstNames).size).toBe(firstNames.length);
    expect(new Set(surnames).size).toBe(surnames.length);
  });

  it("cover both Nordic names and names common among immigrant communities", () => {
    for (const name of ["Anna", "Erik", "Mohammed", "Ali", "Fatima", "Ahmed", "Sara", "Maria"]) {
      expect(firstNames).toContain(name);
    }
    for (const name of ["Andersson", "Johansson", "Karlsson", "Nilsson", "Hassan", "Yilmaz"]) {
      expect(surnames).toContain(name);
    }
  });
});

describe("names in context", () => {
  it.each([
    ["Jag träffade Anna Svensson på kontoret.", "Anna Svensson"],
    ["Han heter Erik Lindqvist och är chef.", "Erik Lindqvist"],
    ["Vi pratade med Maria Bergström igår.", "Maria Bergström"],
    ["Jag ringde Mohammed Ali flera gånger.", "Mohammed Ali"],
    ["Vi träffade Anna Maria Johansson.", "Anna Maria Johansson"],
    ["Pojken bodde hos Fatima Hassans syster.", "Fatima Hassans"],
    ["Sedan kom Karin Westerlund in.", "Karin Westerlund"],
    ["Läraren Zlatan Andersson ringde oss.", "Zlatan Andersson"],
  ])("finds a first name with a surname in %j", (sentence, name) => {
    expect(found(sentence)).toEqual([["name", name]]);
  });

  it.each([
    ["Handläggaren Anna sa att vi inte fick bistånd.", "Anna"],
    ["Min handläggare Erik svarade aldrig.", "Erik"],
    ["Vi träffade socialsekreteraren Karin två gånger.", "Karin"],
    ["Enhetschefen Lena lyssnade inte.", "Lena"],
    ["Kuratorn Sara var snäll.", "Sara"],
    ["Sonen Max är sju år.", "Max"],
    ["Dottern Vera går i skolan.", "Vera"],
    ["Min man Bo följde med.", "Bo"],
    ["Barnens pappa Ahmed fick umgänge.", "Ahmed"],
    ["Min mamma Rut bor på ett boende.", "Rut"],
    ["Vår son heter Love och är fem.", "Love"],
    ["Hon som hette Zeynep slutade.", "Zeynep"],
    ["Min fru Kim var med på mötet.", "Kim"],
  ])("finds a name after a role in %j", (sentence, name) => {
    expect(found(sentence)).toEqual([["name", name]]);
  });

  it.each([
    ["Vi fick träffa fru Andersson på soc.", "Andersson"],
    ["Herr Nilsson ringde tillbaka.", "Nilsson"],
    ["Familjen Yilmaz tog emot honom.", "Yilmaz"],
  ])("finds a surname after a title in %j", (sentence, name) => {
    expect(found(sentence)).toEqual([["name", name]]);
  });

  it.each([
    ["Jag blev kallad till möte med Eva och Linnea från socialtjänsten.", ["Eva", "Linnea"]],
    ["Jag bad att få byta från Fredrik till en annan handläggare.", ["Fredrik"]],
    ["Petra på boendet ringde och sa att pappa hade ramlat.", ["Petra"]],
    ["Vi fick en ny kontaktperson, Kim, som var bättre.", ["Kim"]],
    ["Det var Helena från familjebehandlingen som kom hem till oss.", ["Helena"]],
  ])("finds a listed first name from its place in the sentence in %j", (sentence, names) => {
    expect(found(sentence)).toEqual(names.map((name) => ["name", name]));
  });

  it.each([
    ["Anna sa ingenting på mötet.", ["Anna"]],
    ["Erik ringde aldrig tillbaka.", ["Erik"]],
    ["Handläggaren. Anna kom senare.", ["Anna"]],
    ["Fatima lovade att höra av sig efter helgen.", ["Fatima"]],
  ])("finds a listed first name opening a sentence with a person's verb after it in %j", (sentence, names) => {
    expect(found(sentence)).toEqual(names.map((name) => ["name", name]));
  });

  it.each([
    ["Våra barn Ella och Noah fick flytta.", ["Ella", "Noah"]],
    ["Omar och Vera kom på besök i somras.", ["Omar", "Vera"]],
    ["Hon frågade efter Johan eller Klara på enheten.", ["Johan", "Klara"]],
  ])("finds an everyday-word name joined by och/eller to a name in %j", (sentence, names) => {
    expect(found(sentence)).toEqual(names.map((name) => ["name", name]));
  });

  it.each([
    ["Jag pratade med Lindqvist på enheten om saken.", "Lindqvist"],
    ["Mötet med Nyberg från förvaltningen blev kort.", "Nyberg"],
  ])("finds a listed surname alone with a workplace after it in %j", (sentence, name) => {
    expect(found(sentence)).toEqual([["name", name]]);
  });

  it("covers only the name, so the role stays in the text", () => {
    const [finding] = found("Handläggaren Anna ringde.");
    expect(finding).toEqual(["name", "Anna"]);
  });
});

describe("ordinary words that are also names", () => {
  it.each([
    "Hope var det enda jag hade kvar.",
    "Stig in, sa hon, och stäng dörren.",
    "Vi gick längs en stig i skogen.",
    "Max tre personer fick följa med.",
    "Love is all you need stod det på väggen.",
    "Mark och vatten tillhör kommunen.",
    "Bo kvar eller flytta, det var frågan.",
    "Vera sanningen, tänkte jag.",
    "Lisa var det att få prata med någon.",
    "Axel var bruten efter fallet.",
    "Hans var den enda rösten som hördes.",
    "Per telefon sa hon att allt var klart.",
    "Liv och Saga är bara ord för mig nu.",
    "Sten och grus låg över hela uppfarten.",
    "Vi bodde i Lund på studentkorridoren.",
    "Vi flyttade till Holm på landet.",
    "Björnen i skogen var inget hot.",
    "Jag bor i Malmö och jobbar i Lund.",
    "Socialtjänsten i Göteborg svarade.",
    "Enligt IVO var allt i sin ordning.",
    "Handläggaren. Vera kom senare.",
    "Projektet hette Hope och var till för unga mammor.",
    "Stödgruppen vi gick i hette Vera och träffades på biblioteket.",
    "Föreningen heter Framtid och ligger i centrum.",
    "Det var max tre personer och sedan Max tre till.",
    "Vi flyttade till Mark kommun förra året.",
    "Han sa att Love Parade var roligt.",
    "Anna på sätt och vis hade rätt.",
    "Han gick på Sankt Eriks gymnasium.",
  ])("nothing in %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe("names in context in Finnish", () => {
  it.each([
    ["Sosiaalityöntekijä Anna sanoi, ettei tukea myönnetä.", ["Anna"]],
    ["Sosiaalityöntekijäni Anna Virtanen ei vastannut.", ["Anna Virtanen"]],
    ["Perhetyöntekijä Sanna kävi meillä kerran viikossa.", ["Sanna"]],
    ["Käsittelijä Juha Korhonen päätti asiasta.", ["Juha Korhonen"]],
    ["Käsittelijäni Leena lupasi soittaa.", ["Leena"]],
    ["Soitin sosiaalityöntekijälle Mikaelalle monta kertaa.", ["Mikaelalle"]],
    ["Kerroin kaiken sosiaalityöntekijälleni Sofialle.", ["Sofialle"]],
    ["Sosiaalityöntekijän Tiina Mäkisen mukaan tukea ei tule.", ["Tiina Mäkisen"]],
    ["Tapasin perhetyöntekijä Pekka Heinosen kahdesti.", ["Pekka Heinosen"]],
    ["Allekirjoittaja oli yksikön päällikkö Riikka.", ["Riikka"]],
    ["Poikani Eetu oli viisivuotias.", ["Eetu"]],
    ["Tyttäreni Aino joutui sijaisperheeseen.", ["Aino"]],
    ["Mieheni Jari ei saanut tavata lapsia.", ["Jari"]],
    ["Hän esittäytyi nimellä Katja.", ["Katja"]],
  ])("finds the name in %j", (sentence, names) => {
    expect(found(sentence)).toEqual(names.map((name) => ["name", name]));
  });

  it.each([
    "Sosiaalityöntekijä Försäkringskassasta kertoi, ettei palvelua ole.",
    "Käsittelijä Tukholman kaupungilta soitti eilen.",
    "Sosiaalityöntekijä Ruotsissa ei ymmärtänyt minua.",
    "Yksikön esimies Ruotsin puolella ei vastannut.",
    "Käsittelijä Migrationsverketissä sanoi, että asia on kesken.",
    "Sosiaalityöntekijä Haaparannan kunnasta ei vastannut.",
    "Sosiaalityöntekijät vaihtuivat neljä kertaa.",
  ])("finds nothing in %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe("names in context in English", () => {
  it.each([
    ["My caseworker Anna told me it was rejected.", ["Anna"]],
    ["The social worker John Smith never asked the children.", ["John Smith"]],
    ["I wrote to my social worker, Anna, three times.", ["Anna"]],
    ["The caseworker, Emily, said she would call back.", ["Emily"]],
    ["The case officer Peter Hall decided without me.", ["Peter Hall"]],
    ["I spoke to the unit manager Karin Berg at last.", ["Karin Berg"]],
    ["Our family worker Sarah came every week.", ["Sarah"]],
    ["My daughter Chloe was placed in a foster home.", ["Chloe"]],
    ["My mum Margaret lives in a care home.", ["Margaret"]],
    ["My partner James was interviewed alone.", ["James"]],
    ["Our new caseworker is called Tom.", ["Tom"]],
    ["A woman named Brenda phoned from the council.", ["Brenda"]],
    ["Mr Thompson from the council refused.", ["Thompson"]],
    ["The psychologist, Dr Patel, wrote a report.", ["Patel"]],
    ["At school, Mrs Green was the first to notice.", ["Green"]],
  ])("finds the name in %j", (sentence, names) => {
    expect(found(sentence)).toEqual(names.map((name) => ["name", name]));
  });

  it.each([
    "The caseworker I had before was much better.",
    "I asked the social worker: Why did nobody tell us?",
    "I sent my social worker Google Translate versions of every letter.",
    "I met the unit manager on Monday and nothing changed.",
    "My caseworker, who I will not name, refused to meet me.",
    "The social worker from Stockholm had never heard of it.",
    "The Social Services office in Malmö closes at four.",
    "My son English is his best subject.",
  ])("finds nothing in %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
