import Link from "next/link";

export default function AdminNotFound() {
  return (
    <>
      <h1 className="text-4xl font-bold">Page not found</h1>
      <p className="mt-4 max-w-2xl text-lg">
        What you were looking for does not exist. It may have been deleted, or the address may be mistyped.
      </p>
      <p className="mt-4 text-lg">
        <Link href="/admin/bills">Go to the list of bills</Link>
      </p>
    </>
  );
}
