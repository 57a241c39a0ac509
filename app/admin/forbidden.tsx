import Link from "next/link";

// Shown with HTTP 403 when a signed-in user's role does not allow a page (forbidden() in
// lib/auth/session.ts), inside the back office's layout.
export default function Forbidden() {
  return (
    <>
      <h1 className="text-4xl font-bold">You do not have permission to see this page</h1>
      <p className="mt-4 max-w-2xl text-lg">Your role does not include it. If you need it for your work, ask an administrator.</p>
      <p className="mt-4 text-lg">
        <Link href="/admin">Go to the dashboard</Link>
      </p>
    </>
  );
}
