// Next decodes each segment of a dynamic route (/berattelser/[id]) with decodeURIComponent,
// and answers a plain-text 500 when that throws: "%ff" is no UTF-8 at all, "%ed%a0%80" is half
// of a surrogate pair. Such an address can name nothing here, so the proxy answers it itself.
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
