import type { ReactNode } from "react";

import "./embed.css";

// Widgets for other sites' iframes: no header, no footer, nothing but the card.
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
