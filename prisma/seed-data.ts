// Demo- och startinnehåll för Sakligt: teman (taggar), svarsmallar och exempelberättelser.
// Ren data utan importer. Allt användarvänt innehåll är på svenska.
// Fakta i mallarna följer /work/shared/DOMAIN.md (kontrollerat november 2026).

// Finnish and English names and descriptions are shown on /fi and /en (lib/tags/localized-tag.ts).
export type SeedTag = { slug: string; name: string; description: string; nameFi: string; descriptionFi: string; nameEn: string; descriptionEn: string };
// previousBodies: what earlier versions seeded. A stored template still reading exactly one of
// them was never edited, and is brought up to date at start; an edited one is left alone.
export type SeedTemplate = { slug: string; title: string; body: string; sortOrder: number; language?: "sv" | "fi" | "en"; previousBodies?: string[] };
export type SeedStory = {
  title: string;
  body: string;
  tagSlugs: string[];
  municipalityCode: string | null;
  role: "KLIENT" | "ANHORIG" | "PERSONAL" | "ANNAN" | null;
  daysAgo: number; // publicerad för så här många dagar sedan
  reply: { templateSlug: string; body: string } | null;
  comments: string[]; // godkända kommentarer
};

// ---------------------------------------------------------------------------
// Teman
// ---------------------------------------------------------------------------

export const seedTags: SeedTag[] = [
  {
    slug: "barn-och-familj",
    name: "Barn och familj",
    description: "Berättelser om utredningar, stöd och insatser som rör barn och deras föräldrar.",
    nameFi: "Lapset ja perhe",
    descriptionFi: "Kertomuksia selvityksistä, tuesta ja palveluista, jotka koskevat lapsia ja heidän vanhempiaan.",
    nameEn: "Children and families",
    descriptionEn: "Stories about investigations, support and services for children and their parents.",
  },
  {
    slug: "ekonomiskt-bistand",
    name: "Ekonomiskt bistånd",
    description: "Erfarenheter av att söka, få eller få avslag på ekonomiskt bistånd från kommunen.",
    nameFi: "Toimeentulotuki",
    descriptionFi: "Kokemuksia kunnan toimeentulotuen hakemisesta, saamisesta tai kielteisestä päätöksestä.",
    nameEn: "Income support",
    descriptionEn: "Experiences of applying for income support from the municipality, and of getting it or being refused.",
  },
  {
    slug: "missbruk-och-beroende",
    name: "Missbruk och beroende",
    description: "Om stöd, behandling och kontakt med socialtjänsten vid missbruk och beroende.",
    nameFi: "Päihteet ja riippuvuus",
    descriptionFi: "Tuesta, hoidosta ja asioinnista sosiaalipalvelujen kanssa, kun kyse on päihteistä tai riippuvuudesta.",
    nameEn: "Substance use and addiction",
    descriptionEn: "About support, treatment and dealing with social services when substance use or addiction is involved.",
  },
  {
    slug: "aldreomsorg",
    name: "Äldreomsorg",
    description: "Om hemtjänst, särskilt boende och annat stöd till äldre och deras anhöriga.",
    nameFi: "Vanhustenhuolto",
    descriptionFi: "Kotipalvelusta, hoivakodeista ja muusta tuesta ikääntyneille ja heidän läheisilleen.",
    nameEn: "Care for older people",
    descriptionEn: "About home care, care homes and other support for older people and their families.",
  },
  {
    slug: "funktionsnedsattning",
    name: "Funktionsnedsättning",
    description: "Om stöd och service till personer med funktionsnedsättning, till exempel boendestöd och daglig verksamhet.",
    nameFi: "Vammaisuus",
    descriptionFi: "Vammaisten ihmisten tuesta ja palveluista, esimerkiksi asumisen tuesta ja päivätoiminnasta.",
    nameEn: "Disability",
    descriptionEn: "About support and services for disabled people, such as help with living at home and day activities.",
  },
  {
    slug: "bemotande",
    name: "Bemötande",
    description: "Hur det var att bli bemött av socialtjänsten, på gott och ont.",
    nameFi: "Kohtelu",
    descriptionFi: "Millaista oli tulla kohdelluksi sosiaalipalveluissa, hyvässä ja pahassa.",
    nameEn: "How people were treated",
    descriptionEn: "What it was like to be treated by social services, for better or worse.",
  },
  {
    slug: "beslut-och-overklagande",
    name: "Beslut och överklagande",
    description: "Om beslut från socialtjänsten och om hur det gick att överklaga dem.",
    nameFi: "Päätökset ja valittaminen",
    descriptionFi: "Sosiaalipalvelujen päätöksistä ja siitä, miten niistä valittaminen sujui.",
    nameEn: "Decisions and appeals",
    descriptionEn: "About decisions made by social services and how appealing against them went.",
  },
  {
    slug: "vald-i-nara-relationer",
    name: "Våld i nära relationer",
    description: "Om att söka skydd och stöd från socialtjänsten efter våld eller hot från en närstående.",
    nameFi: "Lähisuhdeväkivalta",
    descriptionFi: "Suojan ja tuen hakemisesta sosiaalipalveluista, kun läheinen on käyttänyt väkivaltaa tai uhkaillut.",
    nameEn: "Domestic abuse",
    descriptionEn: "About seeking protection and support from social services after violence or threats from someone close.",
  },
  {
    slug: "bostad",
    name: "Bostad",
    description: "Om hemlöshet, tillfälligt boende och stöd för att få eller behålla en bostad.",
    nameFi: "Asuminen",
    descriptionFi: "Asunnottomuudesta, tilapäisestä majoituksesta ja tuesta asunnon saamiseen tai säilyttämiseen.",
    nameEn: "Housing",
    descriptionEn: "About homelessness, temporary accommodation and help to find or keep a home.",
  },
  {
    slug: "personalens-arbetsmiljo",
    name: "Personalens arbetsmiljö",
    description: "Socialarbetare berättar om arbetsbelastning och villkor i sitt arbete.",
    nameFi: "Henkilöstön työolot",
    descriptionFi: "Sosiaalityöntekijät kertovat työmäärästään ja työnsä ehdoista.",
    nameEn: "Staff working conditions",
    descriptionEn: "Social workers describe their workload and the conditions of their work.",
  },
];

// ---------------------------------------------------------------------------
// Fakta (faktablock): lagras en gång, mallarna citerar dem som {{fakta:nyckel}}
// ---------------------------------------------------------------------------

export type SeedFact = {
  key: string;
  label: string;
  value: string;
  // Finnish and English for the guide (/fi and /en). An empty value follows the Swedish one:
  // numbers and web addresses are left empty, so changing the Swedish value changes all three.
  labelFi?: string;
  labelEn?: string;
  valueFi?: string;
  valueEn?: string;
  sourceUrl: string;
  owner: string;
  // Demoinnehållet låter ett faktum vara för gammalt, så att en ny användare ser markeringen.
  demoVerifiedMonthsAgo?: number;
};

const OWNER = "Moderatorerna";

// The guide's own address is a fact too, so templates can quote it ({{fakta:vagledning-webb}}).
// Its values are left empty here: seeding fills in the address in each language, from the
// configured public address and lib/routes.ts.
export const GUIDE_FACT_KEY = "vagledning-webb";

export const seedFacts: SeedFact[] = [
  { key: "ivo-webb", label: "IVO:s webbplats", value: "ivo.se", labelFi: "IVO:n verkkosivusto", labelEn: "IVO's website", sourceUrl: "https://www.ivo.se/", owner: OWNER },
  { key: "ivo-vaxel", label: "IVO:s växel", value: "010-788 50 00", labelFi: "IVO:n vaihde", labelEn: "IVO's switchboard", sourceUrl: "https://www.ivo.se/", owner: OWNER },
  {
    key: "ivo-barn-och-unga",
    label: "IVO:s telefon för barn och unga",
    value: "020-120 06 06",
    labelFi: "IVO:n puhelin lapsille ja nuorille",
    labelEn: "IVO's line for children and young people",
    sourceUrl: "https://www.ivo.se/",
    owner: OWNER,
  },
  {
    key: "ivo-svarstid",
    label: "IVO:s svarstid efter ett klagomål",
    value: "2–3 veckor",
    labelFi: "IVO:n vastausaika kantelun jälkeen",
    valueFi: "2–3 viikkoa",
    labelEn: "IVO's response time after a complaint",
    valueEn: "2–3 weeks",
    sourceUrl: "https://www.ivo.se/",
    owner: OWNER,
  },
  {
    key: "overklagande-tid",
    label: "Tid att överklaga ett beslut",
    value: "tre veckor",
    labelFi: "Aika valittaa päätöksestä",
    valueFi: "kolme viikkoa",
    labelEn: "Time to appeal a decision",
    valueEn: "three weeks",
    sourceUrl: "https://www.domstol.se/",
    owner: OWNER,
  },
  {
    key: "overklagande-domstol",
    label: "Domstolen som prövar ett överklagat beslut",
    value: "förvaltningsrätten",
    labelFi: "Tuomioistuin, joka käsittelee valituksen",
    valueFi: "hallinto-oikeus (förvaltningsrätten)",
    labelEn: "The court that hears an appeal",
    valueEn: "the administrative court (förvaltningsrätten)",
    sourceUrl: "https://www.domstol.se/",
    owner: OWNER,
  },
  {
    key: "ivo-namn",
    label: "IVO:s namn",
    value: "IVO, Inspektionen för vård och omsorg",
    labelFi: "IVO:n nimi",
    valueFi: "IVO, sosiaali- ja terveydenhuollon valvontavirasto (Inspektionen för vård och omsorg)",
    labelEn: "IVO's name",
    valueEn: "IVO, the Health and Social Care Inspectorate",
    sourceUrl: "https://www.ivo.se/",
    owner: OWNER,
  },
  {
    key: "av-namn",
    label: "Arbetsmiljöverkets namn",
    value: "Arbetsmiljöverket",
    labelFi: "Työympäristöviraston nimi",
    valueFi: "Arbetsmiljöverket, Ruotsin työympäristövirasto",
    labelEn: "Arbetsmiljöverket's name",
    valueEn: "Arbetsmiljöverket, the Swedish Work Environment Authority",
    sourceUrl: "https://www.av.se/",
    owner: OWNER,
  },
  {
    key: "av-webb",
    label: "Arbetsmiljöverkets webbplats",
    value: "av.se",
    labelFi: "Työympäristöviraston verkkosivusto",
    labelEn: "Arbetsmiljöverket's website",
    sourceUrl: "https://www.av.se/",
    owner: OWNER,
    demoVerifiedMonthsAgo: 13,
  },
  {
    key: "jo-namn",
    label: "JO:s namn",
    value: "JO, Justitieombudsmannen",
    labelFi: "JO:n nimi",
    valueFi: "JO, valtiopäivien oikeusasiamies (Justitieombudsmannen)",
    labelEn: "JO's name",
    valueEn: "JO, the Parliamentary Ombudsmen",
    sourceUrl: "https://www.jo.se/",
    owner: OWNER,
  },
  { key: "jo-webb", label: "JO:s webbplats", value: "jo.se", labelFi: "JO:n verkkosivusto", labelEn: "JO's website", sourceUrl: "https://www.jo.se/", owner: OWNER },
  {
    key: "jo-tidsgrans",
    label: "Hur långt tillbaka JO normalt utreder",
    value: "två år",
    labelFi: "Kuinka kauas taaksepäin JO yleensä tutkii",
    valueFi: "kaksi vuotta",
    labelEn: "How far back JO normally investigates",
    valueEn: "two years",
    sourceUrl: "https://www.jo.se/",
    owner: OWNER,
  },
  {
    key: "orosanmalan-bedomning",
    label: "Tid för socialtjänstens beslut om utredning efter en orosanmälan",
    value: "14 dagar",
    labelFi: "Aika, jossa sosiaalipalvelut päättää selvityksestä huoli-ilmoituksen jälkeen",
    valueFi: "14 päivää",
    labelEn: "Time for the social services to decide on an investigation after a report of concern",
    valueEn: "14 days",
    sourceUrl: "https://www.socialstyrelsen.se/",
    owner: OWNER,
  },
  { key: "nodnummer", label: "Nödnummer", value: "112", labelFi: "Hätänumero", labelEn: "Emergency number", sourceUrl: "https://www.112.se/", owner: OWNER },
  { key: "bris", label: "BRIS, för barn och unga", value: "116 111", labelFi: "BRIS, lapsille ja nuorille", labelEn: "BRIS, for children and young people", sourceUrl: "https://www.bris.se/", owner: OWNER },
  {
    key: "sjalvmordslinjen",
    label: "Självmordslinjen",
    value: "90101",
    labelFi: "Självmordslinjen, kun mielessä on itsemurha-ajatuksia",
    labelEn: "Självmordslinjen, the suicide helpline",
    sourceUrl: "https://mind.se/",
    owner: OWNER,
  },
  {
    key: "kvinnofridslinjen",
    label: "Kvinnofridslinjen",
    value: "020-50 50 50",
    labelFi: "Kvinnofridslinjen, naisiin kohdistuva väkivalta",
    labelEn: "Kvinnofridslinjen, the helpline for women subjected to violence",
    sourceUrl: "https://kvinnofridslinjen.se/",
    owner: OWNER,
  },
  // The ordinary way to reach a municipality's social services, for municipalities where no
  // organisation answers on Sakligt (the municipality pages link to its source).
  {
    key: "kommun-socialtjanst-kontakt",
    label: "Kommunernas webbplatser hos Sveriges Kommuner och Regioner",
    value: "Ring kommunens växel eller kontaktcenter och be att få tala med socialtjänsten. Numret finns på kommunens webbplats.",
    labelFi: "Kuntien verkkosivustot, Sveriges Kommuner och Regioner",
    valueFi: "Soita kunnan vaihteeseen tai asiakaspalveluun ja pyydä saada puhua sosiaalipalvelujen kanssa. Numero löytyy kunnan verkkosivuilta.",
    labelEn: "Municipalities' websites, Sveriges Kommuner och Regioner",
    valueEn: "Call the municipality's switchboard or contact centre and ask for the social services. The number is on the municipality's website.",
    sourceUrl: "https://skr.se/",
    owner: OWNER,
  },
  {
    key: GUIDE_FACT_KEY,
    label: "Sakligts vägledning ”Vart vänder jag mig?”",
    value: "",
    labelFi: "Sakligtin opas ”Mihin voin kääntyä?”",
    valueFi: "",
    labelEn: "Sakligt's guide “Where can I turn?”",
    valueEn: "",
    sourceUrl: "",
    owner: OWNER,
  },
];

// ---------------------------------------------------------------------------
// Husstilen och svarsmallar
// ---------------------------------------------------------------------------

// Varje svar inleds och avslutas likadant (SiteSetting.replyOpening/replyClosing); mallarna
// innehåller bara mitten. Migreringen 20261204110000_house_style tog bort just de här
// orden ur mallar som fanns sedan tidigare.
const OPENING = "Tack för att du berättar om din upplevelse.";
const CLOSING = "Vänliga hälsningar, moderatorerna";

export const seedHouseStyle = { replyOpening: OPENING, replyClosing: CLOSING };

// Mall 1 är texten i DOMAIN.md utan inledning och avslutning, uppdelad i stycken.
const TEMPLATE_BEMOTANDE = [
  "Vi kan inte svara på frågor om enskilda ärenden här, men vi vill berätta vart du kan vända dig.",
  "Har du synpunkter på hur du blivit bemött kan du i första hand kontakta enhetschefen på det socialkontor du har haft kontakt med. Du kan också lämna klagomål till IVO, Inspektionen för vård och omsorg ({{fakta:ivo-webb}}, {{fakta:ivo-vaxel}}).",
].join("\n\n");

const TEMPLATE_OVERKLAGA = [
  "Vi kan inte svara på frågor om enskilda ärenden här, men vi vill berätta hur du kan göra om du inte är nöjd med ett beslut.",
  "Ett beslut om stöd från socialtjänsten kan överklagas till förvaltningsrätten. Du skickar överklagandet till kommunen, som skickar det vidare till förvaltningsrätten.",
  "Överklagandet ska ha kommit in inom {{fakta:overklagande-tid}} från den dag du fick beslutet. I beslutsbrevet står det hur du gör för att överklaga.",
].join("\n\n");

const TEMPLATE_ORO_FOR_BARN = [
  "Vi kan inte svara på frågor om enskilda ärenden här, men vi vill berätta vart du kan vända dig.",
  "Om du är orolig för att ett barn far illa kan du göra en orosanmälan till socialtjänsten i den kommun där barnet bor. Utanför kontorstid svarar kommunens socialjour.",
  "Är det bråttom, eller är någon i fara just nu, ring {{fakta:nodnummer}}. Barn och unga kan själva prata med BRIS på {{fakta:bris}}.",
].join("\n\n");

const TEMPLATE_ARBETSMILJO = [
  "Vi kan inte svara på frågor om enskilda arbetsplatser här, men vi vill berätta vart du kan vända dig.",
  "Du kan ta upp arbetsbelastningen och arbetsmiljön med skyddsombudet på din arbetsplats. Du kan också få stöd av ditt fackförbund.",
  "Arbetsmiljöverket är den myndighet som ansvarar för frågor om arbetsmiljö. Där finns information om bland annat arbetsbelastning och arbetsgivarens ansvar ({{fakta:av-webb}}).",
].join("\n\n");

// Avslaget skickas som det står (husstilen gäller svaren), så den här mallen behåller sin
// egen inledning och avslutning.
const TEMPLATE_KAN_INTE_PUBLICERA = [
  "Tack för att du skrev till oss. Vi har läst det du skickade, och vi förstår att det kan ha varit tungt att sätta ord på.",
  "Vi kan tyvärr inte publicera din berättelse. Det här är skälet i ditt fall:",
  "{{reason}}",
  [
    "De vanligaste skälen till att vi inte kan publicera en berättelse är att",
    "- den pekar ut personer på ett sätt som vi inte kan ta bort utan att berättelsen förlorar sin mening,",
    "- den innehåller hot eller förolämpningar,",
    "- den inte handlar om kontakt med socialtjänsten.",
  ].join("\n"),
  "Du är välkommen att skriva till oss igen. Om du eller någon annan är i fara just nu, ring 112.",
  CLOSING,
].join("\n\n");

// Every reply template ends by pointing to the guide, which shows the whole route step by step.
const GUIDE_SENTENCE = `Alla vägar du kan gå, steg för steg, finns i vår vägledning ”Vart vänder jag mig?”: {{fakta:${GUIDE_FACT_KEY}}}`;
const pointingToGuide = (body: string) => ({ body: `${body}\n\n${GUIDE_SENTENCE}`, previousBodies: [body] });

// Mall 1 på finska och engelska, för berättelser skrivna på de språken. Husstilens inledning
// och avslutning är på svenska; moderatorn anpassar dem.
const TEMPLATE_BEMOTANDE_FI = [
  "Emme voi vastata täällä yksittäisiä asioita koskeviin kysymyksiin, mutta haluamme kertoa, mihin voit kääntyä.",
  "Jos haluat antaa palautetta siitä, miten sinua kohdeltiin, ota ensin yhteyttä sen sosiaalitoimiston yksikön esihenkilöön (enhetschef), jonka kanssa olet asioinut. Voit myös tehdä kantelun sosiaali- ja terveydenhuollon valvontavirasto IVO:lle (Inspektionen för vård och omsorg, {{fakta:ivo-webb}}, {{fakta:ivo-vaxel}}).",
  `Kaikki reitit vaihe vaiheelta löydät oppaastamme ”Mihin voin kääntyä?”: {{fakta:${GUIDE_FACT_KEY}}}`,
].join("\n\n");

const TEMPLATE_BEMOTANDE_EN = [
  "We cannot answer questions about individual cases here, but we would like to tell you where you can turn.",
  "If you want to give feedback on how you were treated, start by contacting the manager (enhetschef) of the social services office you dealt with. You can also complain to IVO, the Health and Social Care Inspectorate (Inspektionen för vård och omsorg, {{fakta:ivo-webb}}, {{fakta:ivo-vaxel}}).",
  `Every route you can take, step by step, is in our guide “Where can I turn?”: {{fakta:${GUIDE_FACT_KEY}}}`,
].join("\n\n");

export const seedTemplates: SeedTemplate[] = [
  { slug: "bemotande", title: "Synpunkter på bemötande", ...pointingToGuide(TEMPLATE_BEMOTANDE), sortOrder: 1 },
  { slug: "overklaga-beslut", title: "Överklaga ett beslut", ...pointingToGuide(TEMPLATE_OVERKLAGA), sortOrder: 2 },
  { slug: "oro-for-barn", title: "Oro för ett barn", ...pointingToGuide(TEMPLATE_ORO_FOR_BARN), sortOrder: 3 },
  { slug: "personalens-arbetsmiljo", title: "Personalens arbetsmiljö", ...pointingToGuide(TEMPLATE_ARBETSMILJO), sortOrder: 4 },
  { slug: "kan-inte-publicera", title: "Vi kan inte publicera", body: TEMPLATE_KAN_INTE_PUBLICERA, sortOrder: 5 },
  { slug: "bemotande-fi", title: "Palaute kohtelusta", body: TEMPLATE_BEMOTANDE_FI, sortOrder: 1, language: "fi" },
  { slug: "bemotande-en", title: "Feedback on how you were treated", body: TEMPLATE_BEMOTANDE_EN, sortOrder: 1, language: "en" },
];

// Ett publicerat mallsvar som det gick ut: inledningen med en kort personlig mening, mallens
// mitt med faktas värden ifyllda, och avslutningen.
function replyWith(templateBody: string, personalSentence: string): string {
  const facts = new Map(seedFacts.map((fact) => [fact.key, fact.value]));
  const middle = templateBody.replace(/\{\{fakta:([a-z0-9-]+)\}\}/g, (reference, key: string) => facts.get(key) ?? reference);
  return [`${OPENING} ${personalSentence}`, middle, CLOSING].join("\n\n");
}

// ---------------------------------------------------------------------------
// Exempelberättelser (inga namn, telefonnummer, personnummer, adresser,
// exakta datum eller diarienummer)
// ---------------------------------------------------------------------------

export const seedStories: SeedStory[] = [
  {
    title: "Avslag på tandvård, men överklagandet gick att göra själv",
    body: [
      "Jag har haft ekonomiskt bistånd i drygt ett år efter att jag blev sjukskriven och sedan förlorade jobbet. Den löpande kontakten med min handläggare har mest fungerat bra. Jag får svar på meddelanden inom ett par dagar, och det förklaras tydligt vilka underlag som behövs.",
      "I höstas gick en tand av och behövde lagas. Jag fick en kostnadsberäkning från tandläkaren och sökte bistånd för den. Efter några veckor kom ett avslag. I beslutet stod att behandlingen inte bedömdes som akut. Jag hade ont och svårt att tugga, så jag tyckte inte att det stämde.",
      "Först visste jag inte att man kunde göra något åt ett beslut. Men i beslutsbrevet stod det hur man överklagar och att det måste göras inom tre veckor. Jag skrev ett kort brev om hur tanden påverkade mig och bifogade ett intyg från tandläkaren. Min handläggare hjälpte mig att se att jag fått med allt.",
      "Kommunen ändrade inte sitt beslut, så överklagandet skickades vidare till förvaltningsrätten. Där fick jag rätt. Det tog lång tid, och att ha ont under tiden var det tyngsta.",
      "Till andra vill jag säga: läs beslutsbrevet noga och vänta inte med att överklaga. Det är inte så krångligt som det låter.",
    ].join("\n\n"),
    tagSlugs: ["ekonomiskt-bistand", "beslut-och-overklagande"],
    municipalityCode: "0180",
    role: "KLIENT",
    daysAgo: 3,
    reply: {
      templateSlug: "overklaga-beslut",
      body: replyWith(TEMPLATE_OVERKLAGA, "Det är bra att du delar med dig av hur du gick till väga."),
    },
    comments: ["Jag visste inte att man kunde överklaga själv. Tack för att du skrev det här."],
  },
  {
    title: "Hemtjänsten för pappa blev bättre än jag vågat hoppas",
    body: [
      "Min pappa är över nittio och bor kvar i sin lägenhet. Efter en fallolycka klarade han inte längre att handla och laga mat själv, och jag bor för långt bort för att kunna hjälpa till varje dag. Jag var orolig inför att kontakta kommunen, eftersom jag hört mycket negativt om äldreomsorgen.",
      "Biståndshandläggaren kom på hembesök inom en vecka. Hon pratade direkt med pappa och inte bara med mig, och tog sig tid att lyssna på hur han ville ha det. Pappa är stolt och ville inte ha mer hjälp än nödvändigt. Det respekterades, samtidigt som vi fick veta att insatserna kunde ändras om behoven ändrades.",
      "Beslutet kom skriftligt och var lätt att förstå. Han fick hjälp med inköp, matlådor och trygghetslarm. Den första tiden kom många olika personer från hemtjänsten, vilket gjorde honom osäker. När jag tog upp det med enhetschefen blev det färre personer och en fast kontaktperson.",
      "Allt har inte varit perfekt. Ibland kommer personalen senare än utlovat, och någon gång har en matlåda blivit fel. Men när något gått snett har det gått att ringa och få svar.",
      "Jag skriver det här för att andra anhöriga ska veta att det kan fungera, och att det lönar sig att säga till när något inte känns rätt.",
    ].join("\n\n"),
    tagSlugs: ["aldreomsorg", "bemotande"],
    municipalityCode: "0380",
    role: "ANHORIG",
    daysAgo: 12,
    reply: null,
    comments: ["Skönt att läsa något positivt. Vi ska söka hemtjänst för min mamma och har varit nervösa."],
  },
  {
    title: "Jag kände mig misstrodd under hela utredningen",
    body: [
      "Skolan gjorde en orosanmälan om vår son efter att han varit mycket frånvarande. Jag förstår i efterhand att skolan var skyldig att anmäla, och jag var själv orolig för honom. Men sättet utredningen gjordes på fick mig att känna mig misstänkt, inte som en förälder som ville ha hjälp.",
      "Vid första mötet fick jag inte veta vad som stod i anmälan förrän mot slutet. Jag försökte berätta att vår son mådde dåligt av att bli retad i klassen, men det kändes som att utredaren redan hade bestämt sig. Samma frågor ställdes flera gånger, och när jag blev ledsen antecknades det som att jag var upprörd.",
      "Det som fungerade var samtalet med vår son. Han sa efteråt att den som pratade med honom var snäll och lyssnade. Det betydde mycket för oss båda.",
      "Utredningen avslutades efter några månader utan insatser. I den fanns formuleringar som jag inte kände igen mig i. Jag fick lämna skriftliga synpunkter och de lades till i akten, men texten ändrades inte.",
      "Jag vill inte att någon ska låta bli att be om hjälp på grund av min berättelse. Men jag önskar att socialtjänsten tänkte på hur mycket ett enda möte kan påverka förtroendet.",
    ].join("\n\n"),
    tagSlugs: ["barn-och-familj", "bemotande"],
    municipalityCode: "1480",
    role: "KLIENT",
    daysAgo: 7,
    reply: {
      templateSlug: "bemotande",
      body: replyWith(TEMPLATE_BEMOTANDE, "Det låter som en tung tid för hela familjen."),
    },
    comments: [],
  },
  {
    title: "Som socialsekreterare hinner jag inte göra jobbet ordentligt",
    body: [
      "Jag arbetar som socialsekreterare med utredningar som rör barn och unga. Jag har gjort det i flera år och tycker fortfarande att det är ett av de viktigaste jobben som finns. Men det senaste året har det blivit allt svårare att göra det ordentligt.",
      "Flera kollegor har slutat och deras tjänster har stått tomma i månader. Deras ärenden fördelades på oss som var kvar. I perioder har jag haft nästan dubbelt så många utredningar som vi tidigare kommit överens om är rimligt. Samtalen med barnen blir kortare än jag vill, jag skriver utredningar sent på kvällen och hinner ibland inte ringa tillbaka till föräldrar som väntar på svar.",
      "Det jag oroar mig mest för är att något viktigt ska missas. Föräldrar som skriver här att de inte blivit lyssnade på har ofta rätt i att vi har för lite tid. Det är ingen ursäkt, men det är en del av förklaringen.",
      "Enhetschefen känner till situationen och försöker prioritera, men har själv litet utrymme. Vi har tagit upp arbetsbelastningen på arbetsplatsträffar och med skyddsombudet, och nu ska den kartläggas.",
      "Jag skriver anonymt eftersom jag inte vill att det uppfattas som kritik mot enskilda kollegor. Jag vill bara att fler ska förstå hur det ser ut inifrån.",
    ].join("\n\n"),
    tagSlugs: ["personalens-arbetsmiljo", "barn-och-familj"],
    municipalityCode: "1280",
    role: "PERSONAL",
    daysAgo: 5,
    reply: {
      templateSlug: "personalens-arbetsmiljo",
      body: replyWith(TEMPLATE_ARBETSMILJO, "Det är värdefullt att få höra hur det ser ut inifrån."),
    },
    comments: [
      "Jag känner igen mig helt. Tack för att du skriver om det här så sakligt.",
      "Som förälder hjälper det faktiskt att förstå varför det ibland tar så lång tid.",
    ],
  },
  {
    title: "Öppenvården hjälpte mig att sluta dricka",
    body: [
      "Jag drack för mycket under många år utan att vilja erkänna det. Till slut sa min sambo att hon inte orkade längre, och då ringde jag själv till socialtjänsten. Jag trodde att jag skulle bli dömd, eller att det skulle gå vidare till min arbetsgivare. Inget av det hände.",
      "Jag fick en tid för ett första samtal redan samma vecka. Behandlaren frågade lugnt om mina alkoholvanor, hur jag sov, om jobbet och om familjen. Vi gick igenom ett formulär tillsammans, och sedan erbjöds jag öppenvård med samtal en gång i veckan och en grupp med andra i samma situation.",
      "Gruppen var jag mest skeptisk till, men det var den som hjälpte mest. Att höra andra säga samma saker som jag själv tänkt gjorde att skammen släppte lite. Behandlaren var tydlig med att återfall kan hända och att man inte blir utslängd för det.",
      "Nu har jag varit nykter i ett år. Jag har fortfarande kontakt med öppenvården någon gång i månaden.",
      "Till dig som funderar på att höra av dig: det går att ringa själv, och det första samtalet är inte farligt.",
    ].join("\n\n"),
    tagSlugs: ["missbruk-och-beroende"],
    municipalityCode: "1880",
    role: "KLIENT",
    daysAgo: 21,
    reply: null,
    comments: [
      "Tack. Jag har tänkt ringa länge och det här gav mig lite mod.",
      "Grattis till ett år!",
    ],
  },
  {
    title: "Socialjouren hjälpte mig samma natt, men sedan blev boendet svårt",
    body: [
      "Jag levde i flera år med en partner som kontrollerade vad jag gjorde och till slut också slog mig. En kväll lämnade jag hemmet med bara en väska. Jag ringde socialjouren, och den som svarade tog mig på allvar direkt. Samma natt fick jag plats på ett skyddat boende.",
      "Tiden på det skyddade boendet var trygg. Personalen hjälpte mig att göra en polisanmälan och att ordna det praktiska, som att få min post skickad någon annanstans.",
      "Det svåra kom när jag skulle flytta därifrån. Jag fick en ny handläggare som jag upplevde inte förstod varför jag inte kunde bo kvar i samma område som förut. Jag fick förklara min situation om och om igen. Under flera veckor visste jag inte var jag skulle bo när tiden på boendet tog slut. Till slut fick jag ett tillfälligt boende i en annan del av kommunen, och senare ett andrahandskontrakt.",
      "Jag är tacksam för hjälpen den första natten. Men jag önskar att den som tar över ett ärende läser på före första mötet, så att man slipper berätta allt igen för någon ny.",
      "Jag anger inte vilken kommun det gäller, eftersom jag fortfarande inte vill bli hittad.",
    ].join("\n\n"),
    tagSlugs: ["vald-i-nara-relationer", "bostad", "bemotande"],
    municipalityCode: null,
    role: "KLIENT",
    daysAgo: 34,
    reply: {
      templateSlug: "bemotande",
      body: replyWith(
        TEMPLATE_BEMOTANDE,
        "Om du vill prata med någon kan du ringa Kvinnofridslinjen, 020-50 50 50.",
      ),
    },
    comments: ["Jag känner igen det där med att behöva berätta allt på nytt. Tack för att du delar."],
  },
  {
    title: "Boendestödet minskades utan att någon träffat vår dotter",
    body: [
      "Vår vuxna dotter har en funktionsnedsättning och bor i egen lägenhet med boendestöd. Stödet gör att hon klarar vardagen, betalar sina räkningar och kan gå till sin dagliga verksamhet.",
      "När beslutet skulle förnyas fick hon ett nytt beslut med betydligt färre timmar. Ingen från kommunen hade träffat henne innan. Bedömningen byggde, som vi förstod det, på gamla anteckningar och ett kort telefonsamtal. Vår dotter blev mycket orolig och började tvivla på att hon skulle få bo kvar.",
      "Vi ringde handläggaren, som var vänlig men sa att beslutet var fattat och att vi fick överklaga om vi inte var nöjda. I beslutsbrevet stod hur man gör och att det skulle ske inom tre veckor. Vi hjälpte vår dotter att skriva överklagandet och bifogade ett utlåtande från personalen på den dagliga verksamheten.",
      "Förvaltningsrätten gav henne delvis rätt, och en del av timmarna kom tillbaka. Det tog flera månader, och under tiden fick vi som föräldrar täcka upp mer än vi egentligen orkar.",
      "Vi tycker att ett beslut som påverkar någons vardag så mycket borde föregås av att man faktiskt träffar personen.",
    ].join("\n\n"),
    tagSlugs: ["funktionsnedsattning", "beslut-och-overklagande"],
    municipalityCode: "2480",
    role: "ANHORIG",
    daysAgo: 27,
    reply: {
      templateSlug: "overklaga-beslut",
      body: replyWith(TEMPLATE_OVERKLAGA, "Det låter som att er dotter har haft ett bra stöd i er."),
    },
    comments: [],
  },
  {
    title: "Jag gjorde en orosanmälan och hörde sedan ingenting",
    body: [
      "Jag är ledare för en barngrupp på fritiden. Under en period märkte jag att ett av barnen ofta kom hungrigt, hade samma kläder länge och en gång berättade saker hemifrån som gjorde mig orolig. Jag pratade med en mer erfaren ledare, och vi kom fram till att jag borde göra en orosanmälan.",
      "Det var lättare än jag trodde. Jag ringde socialtjänsten i kommunen där barnet bor och fick prata med en socialsekreterare som lyssnade och ställde konkreta frågor. Jag fick veta att jag kunde vara anonym, men att det kan vara bra att lämna sitt namn ifall de behöver ställa följdfrågor. Jag valde att lämna mitt namn.",
      "Efter några dagar kom ett brev om att anmälan tagits emot. Sedan hörde jag ingenting mer. Det var svårt. Jag undrade om jag gjort rätt och om något hade hänt.",
      "Senare förstod jag att socialtjänsten har sekretess och oftast inte kan berätta för den som anmält vad som händer. Det hade varit skönt att få veta det från början, så att tystnaden inte kändes som att ingen brydde sig.",
      "I dag verkar barnet må bättre, och jag är glad att jag inte lät bli att anmäla.",
    ].join("\n\n"),
    tagSlugs: ["barn-och-familj"],
    municipalityCode: "0580",
    role: "ANNAN",
    daysAgo: 16,
    reply: {
      templateSlug: "oro-for-barn",
      body: replyWith(TEMPLATE_ORO_FOR_BARN, "Det är modigt att agera när man är orolig för ett barn."),
    },
    comments: [],
  },
];
