import { createAltchaChallenge } from "@/lib/altcha/create-altcha-challenge";

export const dynamic = "force-dynamic";

// The proof-of-work challenge for the story and comment forms. Every response is new and
// personal to nobody: no cookie is read or set, and nothing may cache or share it.
export async function GET() {
  const challenge = await createAltchaChallenge();
  return Response.json(challenge, { headers: { "Cache-Control": "no-store" } });
}
