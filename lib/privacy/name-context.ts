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
]);

// Verbs that introduce a name so clearly that any capitalised word after them counts.
export const NAMING_WORDS = new Set(["heter", "hette", "kallas", "kallades", "namn", "namnet"]);

// "man" is also the pronoun "one"; only "min man Björn", "hennes man Björn" name a husband.
export const POSSESSIVES = new Set(["min", "din", "sin", "hennes", "hans", "deras", "vår", "er"]);

// Titles that put a surname on its own: "fru Andersson", "herr Nilsson".
export const TITLE_WORDS = new Set([
  "fru", "herr", "hr", "dr", "doktor", "familjen", "advokat", "fröken", "syster",
]);

// Capitalised words that start sentences or name institutions, never people, even after a role.
export const NEVER_NAMES = new Set([
  "jag", "det", "den", "och", "men", "han", "hon", "hen", "vi", "de", "dom", "ni", "du", "som",
  "att", "är", "var", "inte", "i", "på", "med", "till", "från", "efter", "när", "då", "sedan",
  "nu", "socialtjänsten", "socialen", "soc", "kommunen", "ivo", "bup", "polisen", "skolan",
  "regionen", "region", "försäkringskassan", "migrationsverket", "sverige", "gud", "jo",
]);

// Endings that make a capitalised word look like a surname even when it is not on the list.
export const SURNAME_ENDING =
  /(?:son|sson|berg|ström|qvist|kvist|lund|gren|dahl|holm|blad|stedt|feldt|ius|ić|vić|ovic|ski|ska|nen|zadeh|oglu|oğlu)s?$/;

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
