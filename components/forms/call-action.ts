import { type ActionResult, failure } from "@/lib/actions/result";

// Every form calls its server action through this. A call can also fail on the way (the network,
// a server restart, an action gone after a deploy): the form then shows the same calm UNEXPECTED
// message as for any unexpected error and keeps what the person typed.
export async function callAction<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch {
    return failure("UNEXPECTED");
  }
}
