import { solveChallenge } from "altcha-lib";
import { createAltchaChallenge } from "@/lib/altcha/create-altcha-challenge";

// What the ALTCHA widget sends once it has solved a challenge from our own server: the solution
// as base64 JSON. Easy challenges, since solving in Node is far slower than in a browser worker.
export async function solvedProof(): Promise<string> {
  const challenge = await createAltchaChallenge({ maxnumber: 1000 });
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  const { algorithm, salt, signature } = challenge;
  return Buffer.from(JSON.stringify({ algorithm, challenge: challenge.challenge, number: solution?.number, salt, signature })).toString("base64");
}
