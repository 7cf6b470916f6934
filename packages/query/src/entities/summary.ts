import { entities, entityRow } from "@chancery/db";
import type { z } from "zod";
import { pickMask, selectList } from "../select-list.js";

const keys = ["id", "type", "name", "code", "acronym", "mentionCount", "articleCount"] as const;

export const EntitySummary = entityRow.pick(pickMask(keys));
export type EntitySummary = z.infer<typeof EntitySummary>;

/** Columns for an EntitySummary from `entities e`. */
export const entitySummaryColumns = selectList("e", entities, keys);
