// Sends a story the way the browser's form does: fetch a proof-of-work challenge, solve it with
// altcha-lib (the library the widget is built on), and call the story form's server action
// over HTTP. Used by the crash test (e2e/crash-durability.spec.ts) and `npm run bench:submit`.
import { solveChallenge } from "altcha-lib";
import { encodeActionArguments, listServerActions } from "@/e2e/support/server-actions";

export type StoryInput = { title: string; body: string; tagIds: string[]; municipalityCode?: string };

export type SendOutcome =
  // The author got a receipt: the action answered with the address of their receipt page.
  | { kind: "receipt"; token: string }
  // A refusal or any other answer below 500, with its start for the report.
  | { kind: "refused"; status: number; text: string }
  | { kind: "server-error"; status: number; text: string }
  // No answer at all: the connection failed or was cut (as when the server is killed).
  | { kind: "no-answer"; error: string };

type Challenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };

export function storyActionId(): string {
  const action = listServerActions().find((candidate) => candidate.exportedName === "submitStory");
  if (!action) throw new Error("No submitStory action in the build's manifest: run `npm run build` first.");
  return action.id;
}

// The themes as the story form offers them, id and name (the public API names themes by slug).
export async function listThemes(baseUrl: string): Promise<{ id: string; name: string }[]> {
  const html = await (await fetch(`${baseUrl}/beratta`)).text();
  // Each theme is `<input … value="<id>" … name="tagIds" …><span><name><span …>description…`.
  const themes = [...html.matchAll(/<input([^>]*)>\s*<span>([^<]+)/g)]
    .filter(([, attributes]) => attributes.includes('name="tagIds"'))
    .map(([, attributes, name]) => ({ id: attributes.match(/value="([^"]+)"/)?.[1] ?? "", name: decodeEntities(name.trim()) }))
    .filter((theme) => theme.id);
  if (themes.length === 0) throw new Error("No themes on the story form.");
  return themes;
}

export async function listTagIds(baseUrl: string): Promise<string[]> {
  return (await listThemes(baseUrl)).map((theme) => theme.id);
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

async function solvedProof(baseUrl: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${baseUrl}/api/altcha/challenge`, { headers });
  if (!response.ok) throw new Error(`challenge answered ${response.status}`);
  const challenge = (await response.json()) as Challenge;
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error("the challenge could not be solved");
  const { algorithm, salt, signature } = challenge;
  return Buffer.from(JSON.stringify({ algorithm, challenge: challenge.challenge, number: solution.number, salt, signature })).toString("base64");
}

export async function sendStory({
  baseUrl,
  actionId,
  story,
  headers = {},
}: {
  baseUrl: string;
  actionId: string;
  story: StoryInput;
  headers?: Record<string, string>;
}): Promise<SendOutcome> {
  let proof: string;
  try {
    proof = await solvedProof(baseUrl, headers);
  } catch (error) {
    return { kind: "no-answer", error: `challenge: ${(error as Error).message}` };
  }
  const input = { ...story, municipalityCode: story.municipalityCode ?? "", authorRole: "", danger: [], consent: true };
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${baseUrl}/beratta`, {
      method: "POST",
      redirect: "manual",
      headers: {
        ...headers,
        "Next-Action": actionId,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: baseUrl,
      },
      body: encodeActionArguments([input, { proof, trap: "" }]),
    });
    text = await response.text();
  } catch (error) {
    return { kind: "no-answer", error: (error as Error).message };
  }
  const token = receiptToken(`${response.headers.get("x-action-redirect") ?? ""}\n${response.headers.get("location") ?? ""}\n${text}`);
  if (response.status < 400 && token) return { kind: "receipt", token };
  if (response.status >= 500) return { kind: "server-error", status: response.status, text: text.slice(0, 300) };
  return { kind: "refused", status: response.status, text: text.slice(0, 300) };
}

// The success answer names the receipt page, /kvitto/<43-character token>.
function receiptToken(answer: string): string | undefined {
  return answer.match(/\/kvitto\/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/)?.[1];
}

// Letters only: digits in a story can be taken for a phone or case number and replaced.
export function letterCode(n: number): string {
  let code = "";
  do {
    code = String.fromCharCode(97 + (n % 26)) + code;
    n = Math.floor(n / 26);
  } while (n > 0);
  return code;
}

export function testStory({ run, index, tagIds }: { run: string; index: number; tagIds: string[] }): StoryInput {
  const mark = `${run} ${letterCode(index)}`;
  return {
    title: `Provberättelse ${mark}`,
    body:
      `Det här är provberättelse ${mark}. Jag sökte stöd hos socialtjänsten och fick vänta länge på ett beslut. ` +
      "Under väntan visste jag inte vad som skulle hända, och ingen berättade hur lång tid en utredning brukar ta. " +
      "Till slut fick jag ett beslut som jag förstod, och en handläggare som tog sig tid att förklara det.",
    tagIds: [tagIds[index % tagIds.length]],
  };
}
