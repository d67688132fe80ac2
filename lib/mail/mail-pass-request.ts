// A publication asks for a mail pass at once instead of waiting for the next tick. The sender
// runs in the start script and publications in the app's bundle, two module graphs in one
// process, so the hook lives on globalThis; with no sender (tests, scripts) a request is a no-op.
const hook = globalThis as unknown as { sakligtMailPass?: () => void };

export function requestMailPass(): void {
  hook.sakligtMailPass?.();
}

export function onMailPassRequest(run: (() => void) | undefined): void {
  hook.sakligtMailPass = run;
}
