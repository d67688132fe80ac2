import { closeDb } from "@/lib/db";

// SIGTERM and SIGINT close what serves first, then what runs beside it, then the database last:
// PGlite must be closed cleanly, or the next start has to recover its files.
export function closeOnSignals({ steps }: { steps: Array<() => Promise<void>> }): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the server and the database.`);
    for (const step of steps) await step();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
