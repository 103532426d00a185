import {
  BearerSourceSchema,
  type ItemType,
  type Level,
  type Modality,
  type BearerSource,
} from "@zeren/shared/contract";
import { prisma } from "../../db";
import type { OldestFirstCursor } from "../../http/cursor";
import { effectiveReading } from "../items/effective-reading";
import { CURRENT_ITEM } from "../items/item-record";

/** A stored item's reading as the catalogue holds it: a person's correction over the extractor's. */
export interface StoredReading {
  id: string;
  bearer: string;
  bearerSource: BearerSource;
  level: Level;
  types: ItemType[];
  modality: Modality;
}

/** What a person made of a span of the notice: a directive they added, or a dismissal. */
export interface StoredCuration {
  start: number;
  end: number;
  /** A person's item's reading; null: dismissed as not a directive. */
  reading: StoredReading | null;
  reason: string | null;
}

/** A notice, its current items' readings and its curations, for writing its gold. */
export interface GoldSource {
  id: string;
  title: string;
  text: string;
  set: { issuer: string | null; date: string | null };
  /** The extractor's items still current (not dismissed, superseded or merged), by id. */
  readings: Map<string, StoredReading>;
  /** Items a person added (listed) and items a person dismissed as not directives. */
  curations: StoredCuration[];
}

export async function findGoldSources(ids: readonly string[]): Promise<GoldSource[]> {
  const rows = await prisma.document.findMany({
    where: { id: { in: [...ids] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      text: true,
      issuerSet: true,
      dateSet: true,
      items: {
        // Current items, and the dismissed ones (superseded and merged copies are covered by
        // the person's items that replaced them).
        where: { active: true, OR: [{ dismissedAt: null }, { dismissKind: "dismissed" }] },
        select: {
          id: true,
          start: true,
          end: true,
          origin: true,
          dismissedAt: true,
          dismissReason: true,
          bearer: true,
          curatedBearer: true,
          bearerSource: true,
          level: true,
          types: true,
          modality: true,
          correction: { select: { level: true, types: true, modality: true } },
        },
      },
    },
  });
  return rows.map((row) => {
    const readings = new Map<string, StoredReading>();
    const curations: StoredCuration[] = [];
    for (const item of row.items) {
      const reading: StoredReading = {
        id: item.id,
        bearer: item.curatedBearer ?? item.bearer,
        bearerSource: BearerSourceSchema.parse(item.bearerSource),
        ...effectiveReading(item),
      };
      const span = { start: item.start, end: item.end };
      if (item.dismissedAt !== null) {
        curations.push({ ...span, reading: null, reason: item.dismissReason });
      } else if (item.origin === "person") {
        curations.push({ ...span, reading, reason: null });
      } else {
        readings.set(item.id, reading);
      }
    }
    return {
      id: row.id,
      title: row.title,
      text: row.text,
      set: { issuer: row.issuerSet, date: row.dateSet },
      readings,
      curations,
    };
  });
}

/**
 * Notices a person has curated: in the catalogue (not withdrawn), with at least one current
 * item reviewed, corrected or added by a person, or one dismissed by a person.
 */
const CURATED_DOCUMENT = {
  withdrawnAt: null,
  items: {
    some: {
      OR: [
        {
          ...CURRENT_ITEM,
          OR: [
            { correction: { isNot: null } },
            { review: { is: { reviewed: true } } },
            { origin: "person" },
          ],
        },
        { active: true, dismissKind: "dismissed" },
      ],
    },
  },
};

/** Every curated notice's id, in import order. */
export async function findCuratedDocumentIds(): Promise<string[]> {
  const rows = await prisma.document.findMany({
    where: CURATED_DOCUMENT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * A keyset page of the curated notices in import order (createdAt, then id: unique): up to
 * `take` after the cursor's key, and how many there are in all (counted on the first page).
 */
export async function findCuratedDocumentPage(
  take: number,
  cursor: OldestFirstCursor | undefined,
): Promise<{ rows: { id: string; createdAt: Date }[]; total: number }> {
  const after = cursor
    ? (() => {
        const at = new Date(cursor.after[0]);
        return { OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: cursor.after[1] } }] };
      })()
    : {};
  const [rows, total] = await Promise.all([
    prisma.document.findMany({
      where: { AND: [CURATED_DOCUMENT, after] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, createdAt: true },
      take,
    }),
    cursor ? cursor.total : prisma.document.count({ where: CURATED_DOCUMENT }),
  ]);
  return { rows, total };
}
