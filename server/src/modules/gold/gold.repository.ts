import {
  BearerSourceSchema,
  LevelSchema,
  ModalitySchema,
  type ItemType,
  type Level,
  type Modality,
  type BearerSource,
} from "@zeren/shared/contract";
import { prisma } from "../../db";
import { parseTypes } from "../items/item-record";

/** A stored item's reading as the catalogue holds it: a person's correction over the extractor's. */
export interface StoredReading {
  id: string;
  bearer: string;
  bearerSource: BearerSource;
  level: Level;
  types: ItemType[];
  modality: Modality;
}

/** A notice and its active items' readings, for writing its gold. */
export interface GoldSource {
  id: string;
  title: string;
  text: string;
  set: { issuer: string | null; date: string | null };
  readings: Map<string, StoredReading>;
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
        where: { active: true },
        select: {
          id: true,
          bearer: true,
          bearerSource: true,
          level: true,
          types: true,
          modality: true,
          correction: { select: { level: true, types: true, modality: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    text: row.text,
    set: { issuer: row.issuerSet, date: row.dateSet },
    readings: new Map(
      row.items.map((item) => {
        const reading = item.correction ?? item;
        return [
          item.id,
          {
            id: item.id,
            bearer: item.bearer,
            bearerSource: BearerSourceSchema.parse(item.bearerSource),
            level: LevelSchema.parse(reading.level),
            types: parseTypes(reading.types),
            modality: ModalitySchema.parse(reading.modality),
          },
        ];
      }),
    ),
  }));
}

/**
 * Notices a person has curated: in the catalogue (not withdrawn), with at least one active
 * item reviewed or corrected. In import order.
 */
export async function findCuratedDocumentIds(): Promise<string[]> {
  const rows = await prisma.document.findMany({
    where: {
      withdrawnAt: null,
      items: {
        some: {
          active: true,
          OR: [{ correction: { isNot: null } }, { review: { is: { reviewed: true } } }],
        },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
