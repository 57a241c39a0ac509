import type { ReactNode } from "react";

import { BackOfficeHeader } from "@/components/admin/back-office-header";
import { SkipLink } from "@/components/skip-link";

// Signing in and setting a password: the back office's look, without its navigation.

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <BackOfficeHeader />
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-8 pb-16 sm:px-6 focus:outline-none">
        {children}
      </main>
    </>
  );
}
