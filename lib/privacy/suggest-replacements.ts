import { detectPersonalData } from "./detect-personal-data";
import type { Finding } from "./types";

// Definite role word → the same role with "min", so "handläggaren Anna sa" becomes
// "min handläggare sa": the sentence keeps its meaning and loses the name. Roles not listed
// here keep the detector's neutral "[namn]".
const ROLE_AS_MINE: Record<string, string> = {
  handläggaren: "handläggare", socialsekreteraren: "socialsekreterare", enhetschefen: "enhetschef",
  sektionschefen: "sektionschef", chefen: "chef", kuratorn: "kurator", utredaren: "utredare",
  familjebehandlaren: "familjebehandlare", behandlaren: "behandlare", kontaktpersonen: "kontaktperson",
  boendestödjaren: "boendestödjare", läkaren: "läkare", psykologen: "psykolog", läraren: "lärare",
  mentorn: "mentor", rektorn: "rektor", sonen: "son", dottern: "dotter", mamman: "mamma",
  pappan: "pappa", sambon: "sambo", maken: "make", frun: "fru", exmannen: "exman", exfrun: "exfru",
};
const INDEFINITE_ROLES = new Set(Object.values(ROLE_AS_MINE));

// The role word right before a name, with its offset: "handläggaren " in "handläggaren Anna".
const ROLE_BEFORE = /(\p{L}+)[ \u00a0]+$/u;

// The findings the author and the moderator are shown: the detector's own, with names
// after a role word widened to include the role and given a replacement that reads naturally.
export function suggestReplacements(text: string): Finding[] {
  return detectPersonalData(text).map((finding) => (finding.kind === "name" ? withRole(text, finding) : finding));
}

function withRole(text: string, finding: Finding): Finding {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, finding.start - 40), finding.start));
  if (!before) return finding;
  const word = before[1];
  const lower = word.toLowerCase();
  const start = finding.start - before[0].length;
  const capital = word[0] !== lower[0];
  let replacement: string | undefined;
  // "min handläggare Anna" already says who it is: dropping the name is enough.
  if (INDEFINITE_ROLES.has(lower)) replacement = word;
  else if (ROLE_AS_MINE[lower]) replacement = `${capital ? "Min" : "min"} ${ROLE_AS_MINE[lower]}`;
  if (!replacement) return finding;
  return { ...finding, start, text: text.slice(start, finding.end), replacement };
}
