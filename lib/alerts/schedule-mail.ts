import { logFailure } from "@/lib/errors/log-failure";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { onMailPassRequest } from "@/lib/mail/mail-pass-request";
import { type SendDueMailResult, sendDueMail } from "@/lib/mail/send-due-mail";
import { isDigestDue, stockholmDayAndHour } from "./digest-clock";
import { sendDigests } from "./send-digests";

export type ScheduleMailOptions = {
  transport: MailTransport;
  digestHour: number;
  intervalMs?: number;
  log?: (line: string) => void;
  clock?: () => Date;
};

// The outbox is sent every few seconds and right after a publication asks; once a day, at the
// digest hour, the digests are queued first. One pass at a time; the timer never keeps the
// process alive, and `stop` waits for a pass under way. Only counts and error codes are logged.
export function scheduleMail({ transport, digestHour, intervalMs = 15_000, log = console.log, clock = () => new Date() }: ScheduleMailOptions) {
  let current: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastDigestDay: string | null = null;

  const run = async () => {
    const now = clock();
    if (isDigestDue({ now, hour: digestHour, lastDay: lastDigestDay })) {
      const { digests } = await sendDigests({ now });
      lastDigestDay = stockholmDayAndHour(now).day;
      if (digests > 0) log(`Digests: ${digests} queued.`);
    }
    const result = await sendDueMail({ transport, now });
    if (result.sent + result.failed + result.dropped > 0) log(formatResult(result));
  };

  const pass = () => {
    if (stopped) return;
    if (current) {
      again = true;
      return;
    }
    current = run()
      .catch((error: unknown) => logFailure("Sending mail", error, log))
      .finally(() => {
        current = null;
        if (again) {
          again = false;
          pass();
        }
      });
  };

  onMailPassRequest(() => setTimeout(pass, 200).unref());
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref();

  return async function stop() {
    stopped = true;
    onMailPassRequest(undefined);
    clearInterval(timer);
    await current;
    transport.close();
  };
}

function formatResult({ sent, failed, dropped, errorCodes }: SendDueMailResult): string {
  const codes = failed > 0 ? ` (${[...new Set(errorCodes)].join(", ")})` : "";
  return `Mail: ${sent} sent, ${failed} failed${codes}, ${dropped} dropped.`;
}
