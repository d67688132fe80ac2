import { generateURI } from "otplib";
import QRCode from "qrcode";

export type TotpEnrollment = { secret: string; uri: string; qrSvg: string };

// What the set-up page shows for a secret the server drew (start-totp-enrollment.ts): the QR
// code is drawn here on the server, so the secret never goes to a third-party QR service.
export async function createTotpEnrollment({ accountName, secret }: { accountName: string; secret: string }): Promise<TotpEnrollment> {
  const uri = generateURI({ issuer: "Sakligt", label: accountName, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}
