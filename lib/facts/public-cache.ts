import "server-only";

import { unstable_cache } from "next/cache";
import { cache } from "react";

import { db } from "@/lib/db/client";
import { tags } from "@/lib/legislation/cache-tags";

import { listStatistics } from "./queries";

// The facts page reads through this (see lib/legislation/public-cache.ts for the why).

/** Every figure with its source, in the editors' order. */
export const getStatistics = cache(unstable_cache(() => listStatistics(db), ["statistics"], { tags: [tags.statistics] }));
