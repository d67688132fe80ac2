// A stand-in for next/headers' cookies() in integration tests. Kept free of imports, as
// vi.mock factories load it while the module graph that imports next/headers is still loading.
export type CookieJar = Map<string, string>;

export function cookieStoreOf(jar: CookieJar) {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0) jar.delete(name);
      else jar.set(name, value);
    },
    delete: (name: string) => jar.delete(name),
  };
}
