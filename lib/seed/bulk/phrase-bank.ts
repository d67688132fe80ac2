// Calm, factual sentences about contact with social services, grouped by theme (the slugs of
// prisma/seed-data.ts). No names, places, dates or numbers that could point at a person: the
// bulk seeder builds made-up stories from them, never from real text.
export type ThemePhrases = { titles: string[]; sentences: string[] };

export const themePhrases: Record<string, ThemePhrases> = {
  "barn-och-familj": {
    titles: ["Utredningen om vår son", "När skolan gjorde en orosanmälan", "Familjebehandlingen hjälpte oss", "Stöd som förälder efter separationen", "Kontaktfamilj för vår dotter"],
    sentences: [
      "Skolan gjorde en orosanmälan och socialtjänsten kallade oss till ett första möte.",
      "Utredningen tog ungefär fyra månader och vi fick läsa allt som skrevs.",
      "Handläggaren pratade med barnen utan oss, vilket först kändes konstigt men blev bra.",
      "Vi erbjöds familjebehandling och träffade samma behandlare varannan vecka.",
      "Det var svårt att förstå skillnaden mellan en utredning och en insats.",
      "Barnets röst fick ta plats i samtalen, och det märktes att de tog det på allvar.",
      "Vi fick en kontaktfamilj som vår dotter träffar en helg i månaden.",
      "Jag hade velat få veta tidigare vad utredningen skulle leda fram till.",
    ],
  },
  "ekonomiskt-bistand": {
    titles: ["Försörjningsstöd under sjukskrivningen", "Avslag på ansökan om försörjningsstöd", "Ekonomiskt bistånd till hyran", "Kontakten med min handläggare", "Planen för att komma tillbaka till arbete"],
    sentences: [
      "Jag ansökte om försörjningsstöd när sjukpenningen tog slut.",
      "Varje månad lämnade jag kontoutdrag och kvitton på hyran.",
      "Handläggaren förklarade tydligt vilka underlag som behövdes.",
      "Beslutet om ekonomiskt bistånd kom efter två veckor.",
      "En del av ansökan beviljades och en del fick avslag med en kort motivering.",
      "Det tog tid innan jag förstod hur riksnormen räknas fram.",
      "Vi gjorde en planering tillsammans för att jag skulle komma tillbaka till arbete.",
      "Ansökan om bistånd till glasögon avslogs, men jag fick veta hur jag kunde överklaga.",
    ],
  },
  "missbruk-och-beroende": {
    titles: ["Vägen till behandling", "Öppenvården blev en vändpunkt", "Anhörig till någon med beroende", "Stödet efter behandlingshemmet"],
    sentences: [
      "Jag tog själv kontakt med mottagningen för beroende efter en lång period av drickande.",
      "Öppenvården erbjöd samtal två gånger i veckan och det passade mig.",
      "Det kändes skamfyllt att ringa, men personalen var saklig och vänlig.",
      "Efter behandlingshemmet fanns det en plan för eftervården.",
      "Som anhörig fick jag delta i en grupp för familjemedlemmar.",
      "Det var oklart vem som skulle betala för behandlingen och det dröjde.",
    ],
  },
  aldreomsorg: {
    titles: ["Hemtjänst för mamma", "Ansökan om särskilt boende", "Trygghetslarm och matlådor", "Biståndsbedömningen för pappa"],
    sentences: [
      "Biståndshandläggaren kom på hembesök och pratade direkt med min mamma.",
      "Hemtjänsten kommer två gånger om dagen och hjälper till med mat och dusch.",
      "Många olika personer kom i början, vilket gjorde pappa orolig.",
      "Ansökan om särskilt boende fick först avslag med motiveringen att behoven kunde mötas hemma.",
      "Efter ett nytt hembesök ändrades beslutet.",
      "Det gick att ringa enhetschefen när något inte fungerade.",
    ],
  },
  funktionsnedsattning: {
    titles: ["Insatser enligt LSS", "Boendestöd som fungerar", "Daglig verksamhet för min bror", "Ansökan om personlig assistans"],
    sentences: [
      "Vi ansökte om insatser enligt LSS när vår son fyllde arton.",
      "Utredningen om personlig assistans var grundlig men tog nästan ett halvår.",
      "Boendestödet kommer tre gånger i veckan och hjälper till med planering.",
      "Den dagliga verksamheten har gett min bror en fast rytm i vardagen.",
      "Beslutet om korttidsvistelse var tydligt skrivet och gick att förstå.",
      "Jag hade önskat att handläggaren kände till diagnosen bättre.",
    ],
  },
  bemotande: {
    titles: ["Ett respektfullt bemötande", "Jag kände mig inte lyssnad på", "Skillnad mellan handläggare", "Ett möte som gjorde skillnad"],
    sentences: [
      "Handläggaren lyssnade klart innan hon ställde sina frågor.",
      "Vid ett möte kändes det som att beslutet redan var fattat.",
      "Jag fick byta handläggare och det blev mycket bättre.",
      "Det betydde mycket att någon ringde tillbaka samma dag.",
      "Språket i breven var svårt, men det gick att be om en förklaring.",
      "Jag uppskattade att de var raka med vad de kunde och inte kunde göra.",
    ],
  },
  "beslut-och-overklagande": {
    titles: ["Så gick överklagandet till", "Jag överklagade och fick rätt", "Avslag som förvaltningsrätten ändrade", "Att läsa ett beslutsbrev"],
    sentences: [
      "I beslutsbrevet stod det hur man överklagar och att det ska ske inom tre veckor.",
      "Jag skrev ett kort brev och förklarade varför jag tyckte att beslutet var fel.",
      "Kommunen ändrade inte sitt beslut, så överklagandet skickades till förvaltningsrätten.",
      "Förvaltningsrätten gick på min linje och beslutet upphävdes.",
      "Överklagandet avslogs, men jag fick åtminstone en tydlig motivering.",
      "Min handläggare hjälpte mig att se att jag hade fått med alla underlag.",
      "Det tog flera månader innan domen kom.",
    ],
  },
  "vald-i-nara-relationer": {
    titles: ["Skyddat boende efter att jag lämnade", "Stöd efter våld i nära relation", "Hjälpen när jag behövde flytta"],
    sentences: [
      "Jag kontaktade socialtjänsten efter att ha levt med hot under lång tid.",
      "Vi fick plats på ett skyddat boende samma kväll.",
      "Socialsekreteraren hjälpte mig att göra en plan för säkerheten.",
      "Barnen fick egna samtal med en behandlare.",
      "Det var svårt att förstå vem som ansvarade för vad när vi flyttade mellan kommuner.",
    ],
  },
  bostad: {
    titles: ["Akut boende under vintern", "Att söka hjälp med bostad", "Träningslägenhet och vägen vidare", "När vi riskerade vräkning"],
    sentences: [
      "Vi riskerade att bli vräkta efter flera månader med obetald hyra.",
      "Socialtjänsten hjälpte till att göra en avbetalningsplan med hyresvärden.",
      "Jag bodde på ett akutboende i några veckor innan jag fick en träningslägenhet.",
      "Kraven för att få ett förstahandskontrakt var tydligt beskrivna.",
      "Det var svårt att få tag på någon under helgerna.",
    ],
  },
  "personalens-arbetsmiljo": {
    titles: ["Att arbeta som socialsekreterare", "Hög arbetsbelastning på enheten", "Från insidan av försörjningsstöd"],
    sentences: [
      "Jag arbetar som socialsekreterare och har många ärenden samtidigt.",
      "Ibland hinner jag inte ringa tillbaka samma dag, och det känns tungt.",
      "Handledningen en gång i månaden gör stor skillnad för oss i gruppen.",
      "Det är lättare att göra ett bra arbete när vi är fullt bemannade.",
      "Jag vill att de som söker hjälp ska veta att vi läser allt de skickar.",
    ],
  },
};

// Sentences that fit any theme, for the beginning and end of a story.
export const openings = [
  "Jag vill berätta om min kontakt med socialtjänsten.",
  "Det här hände för några år sedan, men jag tänker fortfarande på det.",
  "Jag skriver för att andra i samma situation ska veta vad som väntar.",
  "Först var jag tveksam till att söka hjälp alls.",
  "Kontakten började med ett telefonsamtal till mottagningen.",
];

export const closings = [
  "Till andra vill jag säga: fråga hellre en gång för mycket.",
  "Allt var inte bra, men jag fick hjälp när jag behövde den.",
  "Jag hoppas att det blir lättare för nästa person.",
  "Läs besluten noga och spara alla papper.",
  "Det viktigaste för mig var att bli tagen på allvar.",
];

export const commentPhrases = [
  "Tack för att du delade med dig, jag känner igen mycket av det här.",
  "Bra att du skrev om hur överklagandet gick till.",
  "Jag hade en liknande upplevelse i en annan kommun.",
  "Det är skönt att läsa att det gick att få hjälp till slut.",
  "Jag visste inte att man kunde be om en ny handläggare.",
];

export const replyPhrases = [
  "Tack för att du berättar. Det du beskriver om beslutet är viktigt för andra att läsa.",
  "Tack för din berättelse. Ett beslut kan alltid överklagas, och kommunen ska hjälpa dig med hur.",
  "Tack för att du delar med dig. Synpunkter på bemötande kan lämnas direkt till kommunen.",
];

export const rejectionReasons = ["Berättelsen innehöll uppgifter som kunde peka ut en person.", "Texten handlade inte om kontakt med socialtjänsten."];
