// Reads for public pages, one file per page. Each takes the Prisma client first and returns
// plain, serialisable objects (dates as "YYYY-MM-DD"), so results can be cached as they are;
// lib/legislation/public-cache.ts wraps them for pages.

export * from "./bill-detail";
export * from "./bill-index";
export * from "./changes";
export * from "./board";
export * from "./compare";
export * from "./corrections";
export * from "./key-dates";
export * from "./timeline";
