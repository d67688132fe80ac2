import { generateSecret, generateURI } from "otplib";
import QRCode from "qrcode";

export type TotpEnrollment = { secret: string; uri: string; qrSvg: string };

// A fresh secret and its QR code, drawn here on the server: the secret never goes to a
// third-party QR service. Nothing is stored until the moderator confirms it with a code.
export async function createTotpEnrollment({ accountName }: { accountName: string }): Promise<TotpEnrollment> {
  const secret = generateSecret();
  const uri = generateURI({ issuer: "Sakligt", label: accountName, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}
