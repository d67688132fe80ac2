// Words that, placed right before a capitalised word, say that the word is a person's name.
// Lower-case forms; the detector lower-cases the token before looking it up.
export const ROLE_WORDS = new Set([
  // Staff, as authors usually name them.
  "handläggaren", "handläggare", "socialsekreteraren", "socialsekreterare", "enhetschefen",
  "enhetschef", "chefen", "sektionschefen", "kuratorn", "kurator", "läkaren", "läkare",
  "psykologen", "sjuksköterskan", "barnmorskan", "rektorn", "läraren", "mentorn", "utredaren",
  "familjebehandlaren", "behandlaren", "kontaktpersonen", "kontaktperson", "boendestödjaren",
  "stödpersonen", "assistenten", "personlig assistent", "förvaltaren", "advokaten", "juristen",
  "ombudet", "polisen", "kollegan", "kollegor", "mannen", "man", "familjehemmet", "jourhemmet",
  "familjehemsmamman", "familjehemspappan", "ordföranden", "nämndordföranden",
  // Family and other people close to the author.
  "sonen", "dottern", "son", "dotter", "barnet", "pojken", "flickan", "fru", "hustru", "maken",
  "frun", "mamma", "pappa", "mamman", "pappan", "mor", "far", "modern", "fadern", "sambo",
  "sambon", "exet", "exmannen", "exfrun", "expojkvännen", "exflickvännen", "pojkvän",
  "pojkvännen", "flickvän", "flickvännen", "bror", "brodern", "brorsan", "syster", "systern",
  "syrran", "mormor", "morfar", "farmor", "farfar", "farbror", "morbror", "faster", "moster",
  "kusin", "kusinen", "bonuspappa", "bonusmamma", "styvpappa", "styvmamma", "vän", "vännen",
  "kompis", "kompisen", "grannen", "barnbarnet", "barnbarn", "äldsta", "yngsta",
  // Verbs and phrases that introduce a name.
  "heter", "hette", "kallas", "kallades", "namn", "namnet",
  // English, as authors who write in English name staff and family ("my caseworker Anna",
  // "the social worker John Smith", "case officer", "unit manager"): the last word of the role.
  "caseworker", "worker", "officer", "manager", "counsellor", "counselor", "therapist",
  "psychologist", "doctor", "nurse", "teacher", "headteacher", "principal", "lawyer",
  "solicitor", "guardian", "investigator", "assessor", "coordinator", "interpreter", "supervisor",
  "husband", "wife", "partner", "boyfriend", "girlfriend", "ex-husband", "ex-wife", "ex-partner",
  "daughter", "mother", "father", "mum", "mom", "dad", "stepfather", "stepmother", "stepdad",
  "stepmum", "brother", "sister", "grandmother", "grandfather", "grandma", "grandpa", "granny",
  "uncle", "aunt", "auntie", "cousin", "friend", "neighbour", "neighbor", "colleague",
  "named", "called",
]);

// Finnish role words inflect, and take a possessive suffix: "sosiaalityöntekijä Anna",
// "sosiaalityöntekijäni Anna", "sosiaalityöntekijälle Annalle", "käsittelijältä", "poikani Eetu".
// Stems as they appear before an ending (weak grade and e-stems listed: "päällikö-", "miehe-").
const FINNISH_ROLE_STEMS = [
  "sosiaalityöntekijä", "perhetyöntekijä", "lastensuojelutyöntekijä", "työntekijä", "käsittelijä",
  "sosiaaliohjaaja", "palveluohjaaja", "asiakasohjaaja", "perheohjaaja", "ohjaaja",
  "esimies", "esimiehe", "esihenkilö", "päällikkö", "päällikö", "johtaja", "kuraattori",
  "psykologi", "lääkäri", "hoitaja", "terapeutti", "opettaja", "rehtori", "tukihenkilö",
  "yhteyshenkilö", "avustaja", "edunvalvoja", "juristi", "asianajaja", "kollega", "työkaveri",
  "äiti", "isä", "poika", "poja", "tytär", "tyttäre", "mies", "miehe", "vaimo", "puoliso",
  "avomies", "avomiehe", "avovaimo", "exä", "veli", "velje", "sisko", "sisar", "mummo", "mummi",
  "isoäiti", "isoisä", "vaari", "ukki", "täti", "setä", "eno", "serkku", "ystävä", "kaveri",
  "naapuri", "lapsi", "lapse", "sijaisäiti", "sijaisisä", "poikaystävä", "tyttöystävä",
];
const FINNISH_CASE_ENDINGS = ["n", "a", "ä", "aa", "ää", "ta", "tä", "lle", "llä", "lla", "ltä", "lta", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä"];
const FINNISH_POSSESSIVES = ["ni", "si", "mme", "nne", "nsa", "nsä"];
const FINNISH_ROLE = new RegExp(
  `^(?:${FINNISH_ROLE_STEMS.join("|")})(?:${FINNISH_CASE_ENDINGS.join("|")})?(?:${FINNISH_POSSESSIVES.join("|")})?$`,
  "u",
);

// Finnish words that introduce a name: "nimellä Katja", "nimeltään Anna".
const FINNISH_NAMING = /^nime(?:llä|ltä|ltään|lleen)$/u;

/** A lower-case word that, right before a capitalised word, says it is a person's name. */
export function isRoleWord(lower: string): boolean {
  return ROLE_WORDS.has(lower) || FINNISH_ROLE.test(lower) || FINNISH_NAMING.test(lower);
}

/** A lower-case word that introduces a name so clearly that any capitalised word after it counts. */
export function isNamingWord(lower: string): boolean {
  return NAMING_WORDS.has(lower) || FINNISH_NAMING.test(lower);
}

// Verbs that introduce a name so clearly that any capitalised word after them counts.
// English "called" and "named" only in "a woman called Lisa", "he is called Tom": after a
// pronoun, "I called Social Services" means telephoned.
export const NAMING_WORDS = new Set(["heter", "hette", "kallas", "kallades", "namn", "namnet", "named", "called"]);

// "man" is also the pronoun "one"; only "min man Björn", "hennes man Björn" name a husband.
export const POSSESSIVES = new Set(["min", "din", "sin", "hennes", "hans", "deras", "vår", "er"]);

// Titles that put a surname on its own: "fru Andersson", "herr Nilsson".
export const TITLE_WORDS = new Set([
  "fru", "herr", "hr", "dr", "doktor", "familjen", "advokat", "fröken", "syster",
]);

// English and Finnish honorifics put any capitalised word after them as a surname ("Mrs Green",
// "Dr Patel", "rouva Virtanen"), since English surnames are often everyday words. "Mr." may keep
// its full stop.
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "rouva", "herra", "neiti", "tohtori"]);

// Capitalised words that start sentences or name institutions, never people, even after a role.
export const NEVER_NAMES = new Set([
  "jag", "det", "den", "och", "men", "han", "hon", "hen", "vi", "de", "dom", "ni", "du", "som",
  "att", "är", "var", "inte", "i", "på", "med", "till", "från", "efter", "när", "då", "sedan",
  "nu", "socialtjänsten", "socialen", "soc", "kommunen", "ivo", "bup", "polisen", "skolan",
  "regionen", "region", "försäkringskassan", "migrationsverket", "sverige", "gud", "jo",
  // English capitalises days, months, languages and nationalities, and these open sentences
  // and clauses: "my son English is …", "the caseworker I had", "on Monday".
  "the", "a", "an", "he", "she", "they", "we", "you", "it", "who", "my", "his", "her", "our",
  "their", "this", "that", "there", "then", "when", "why", "what", "how", "but", "and", "or",
  "so", "if", "as", "at", "on", "in", "of", "from", "to", "for", "with", "by", "mr", "mrs", "ms",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "christmas", "easter", "english", "swedish", "finnish", "arabic",
  "somali", "persian", "polish", "spanish", "german", "french", "turkish", "kurdish", "google",
  "facebook", "social", "services", "council", "court",
  // Finnish: pronouns and words that open a clause.
  "minä", "sinä", "hän", "me", "te", "se", "ne", "ja", "mutta", "kun", "että", "ei",
]);

// Places and public bodies a Finnish speaker in Sweden names after a role, in any inflection:
// "käsittelijä Tukholman kaupungilta", "sosiaalityöntekijä Försäkringskassasta".
export const NEVER_NAME_STEMS =
  /^(?:ruotsi|ruotsa|suome|suomi|tukholm|göteborg|malmö|uppsal|haaparan|försäkringskass|migrationsverk|socialtjänst|kela)/u;

// Endings that make a capitalised word look like a surname even when it is not on the list.
// Finnish surnames in -nen inflect on a stem in -se-: "Virtasen", "Mäkiselle", "Lehtiseltä".
export const SURNAME_ENDING =
  /(?:(?:son|sson|berg|ström|qvist|kvist|lund|gren|dahl|holm|blad|stedt|feldt|ius|ić|vić|ovic|ski|ska|nen|zadeh|oglu|oğlu)s?|\p{Ll}{2}s(?:en|elle|ellä|ella|eltä|elta|essä|essa|eksi))$/u;

// A capitalised word followed by one of these names an organisation, not a person:
// "Haaparannan kunnasta", "Tukholman kaupungilta", "Malmö office".
export const ORGANISATION_NOUN =
  /^(?:kun(?:ta|nan|nasta|nalta|nassa|nalle|taan)|kaupun(?:ki|gin|gilta|gista|gissa|gille)|viras(?:to|ton|tosta|tolta|tossa)|toimisto\p{Ll}*|yksikö\p{Ll}*|yksikkö\p{Ll}*|council|office|municipality)$/u;

// Listed first names that are also everyday words, places or project names ("Hope", "Love",
// "Max", "Mark", "Stig", "Inga"). They count as names only with a role or surname next to them,
// never merely for being capitalised in mid-sentence.
export const AMBIGUOUS_FIRST_NAMES = new Set([
  "Hope", "Love", "Max", "Mark", "Vera", "Bo", "Rut", "Ruth", "Stig", "Ture", "Sture", "Kim",
  "Lina", "Mika", "Juni", "Liv", "Saga", "Nova", "Maj", "Gun", "Alma", "Dan", "Bror", "Mira",
  "Lea", "Stella", "Klara", "Viola", "Rosa", "Carmen", "Said", "Inga", "Lucia", "Milan",
  "Regina", "Harry", "Tyra", "Signe", "Ella", "Siv", "Frans", "Helge", "Lasse", "Leo", "Otto",
  "Charlie", "Meja", "Lova", "Tindra", "Ronja", "Noor", "Nour", "Hana", "Ana",
]);

// Pronouns that show the subject of "heter"/"hette" is a person, not a project or a group.
export const PERSON_PRONOUNS = new Set(["han", "hon", "hen", "jag", "du", "vi", "de", "dom", "ni"]);

// "Petra på boendet", "Eva från socialtjänsten": a workplace after the name marks it as one,
// even at the start of a sentence.
export const WORKPLACE_LINK = new Set(["på", "från", "hos", "vid"]);

// Verbs a person does. A listed first name opening a sentence and followed by one of these is
// someone acting: "Anna ringde från soc", "Erik sa att …". "var", "är", "har" and other verbs any
// noun can take are left out, because "Axel var bruten" and "Lisa var det" are not people.
export const SUBJECT_VERBS = new Set([
  // English and Finnish.
  "said", "says", "called", "rang", "phoned", "told", "wrote", "came", "promised", "decided",
  "explained", "replied", "answered", "asked", "refused", "shouted", "lives", "lived", "works",
  "worked", "sanoi", "soitti", "kertoi", "lupasi", "kirjoitti", "tuli", "kysyi", "päätti",
  "vastasi", "ilmoitti", "asuu", "asui", "huusi",
  "sa", "sade", "säger", "ringde", "ringer", "kom", "fick", "ville", "vill", "skrev", "skriver",
  "tog", "gick", "lovade", "tyckte", "tycker", "menade", "svarade", "svarar", "berättade",
  "frågade", "bor", "bodde", "jobbar", "jobbade", "arbetar", "arbetade", "hämtade", "mejlade",
  "förklarade", "visste", "träffade", "pratade", "hjälpte", "trodde", "förstod", "lyssnade",
  "glömde", "bestämde", "beslutade", "grät", "skrek",
]);

// Listed first names that also open Swedish sentences as other words: "Hans handläggare var …"
// (his), "Per telefon …". They never count as names merely for opening a sentence.
export const SENTENCE_OPENING_WORDS = new Set(["Hans", "Per"]);

// Prepositions of place: "i Lund på sjukhuset" is a town, "med Lund på enheten" a person.
export const PLACE_PREPOSITIONS = new Set([
  "i", "till", "från", "utanför", "nära", "mot", "genom", "över", "runt", "via", "norr", "söder",
]);

// Words that join names in a list: "Maja och Lukas", "Ella eller Liam".
export const NAME_JOINERS = new Set(["och", "eller"]);
