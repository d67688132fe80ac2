import type { Metadata } from "next";

// Nothing under /mod belongs in a search engine, the login page included. Authentication is
// not checked here: the login page lives under this layout too. See (inloggad)/layout.tsx.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function ModRootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
