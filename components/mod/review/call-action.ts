import { type ActionResult, failure } from "@/lib/actions/result";

// A server action can also fail on the way (network, server restart). The form then shows the
// same calm message as for any unexpected error and keeps what the moderator typed.
export async function callAction<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch {
    return failure("UNEXPECTED");
  }
}
