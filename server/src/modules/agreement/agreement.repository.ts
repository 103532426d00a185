import type { AdjudicateBody, AdjudicationItem } from "@zeren/shared/contract";
import { prisma } from "../../db";
import { recordItemCuration } from "../curations/curations.repository";

export type AdjudicationRecord = NonNullable<AdjudicationItem["adjudication"]>;

/** The exercise's decisions, by item id (only those on `itemIds` when given: a page or a batch). */
export async function findAdjudications(
  exerciseId: string,
  itemIds?: readonly string[],
): Promise<Map<string, AdjudicationRecord>> {
  const rows = await prisma.adjudication.findMany({
    where: { exerciseId, ...(itemIds === undefined ? {} : { itemId: { in: [...itemIds] } }) },
    select: {
      itemId: true,
      decision: true,
      reason: true,
      at: true,
      actor: { select: { id: true, name: true } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.itemId,
      {
        decision: row.decision === "correct" ? "correct" : "accept-extractor",
        reason: row.reason,
        at: row.at.toISOString(),
        by: row.actor,
      },
    ]),
  );
}

/**
 * The decision and its effect on the item's correction, in one transaction: accepting the
 * extractor removes a correction, correcting writes one. The latest decision replaces an
 * earlier one for the same exercise and item.
 */
export async function recordAdjudication(
  exerciseId: string,
  itemId: string,
  actorId: string,
  body: AdjudicateBody,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (body.decision === "accept-extractor") {
      const { count } = await tx.correction.deleteMany({ where: { itemId } });
      // The item's history (issue 8) shows corrections from adjudication too.
      if (count > 0) {
        await recordItemCuration(tx, itemId, {
          kind: "uncorrect",
          before: null,
          after: null,
          reason: "Adjudication: the extractor's reading accepted",
          actorId,
        });
      }
    } else {
      const data = {
        level: body.correction.level,
        types: JSON.stringify(body.correction.types),
        modality: body.correction.modality,
        reason: body.correction.reason,
        correctedAt: new Date(),
      };
      await tx.correction.upsert({ where: { itemId }, create: { itemId, ...data }, update: data });
      const { level, types, modality, reason } = body.correction;
      await recordItemCuration(tx, itemId, {
        kind: "correct",
        before: null,
        after: { level, types, modality },
        reason,
        actorId,
      });
    }
    const decision = {
      actorId,
      decision: body.decision,
      reason: body.decision === "correct" ? body.correction.reason : body.reason || null,
      at: new Date(),
    };
    await tx.adjudication.upsert({
      where: { exerciseId_itemId: { exerciseId, itemId } },
      create: { exerciseId, itemId, ...decision },
      update: decision,
    });
  });
}

/**
 * Accepts the extractor's reading on many items at once, each with its own reason, all or
 * none. The items carry no correction (the caller checked), so none is touched.
 */
export async function recordAcceptances(
  exerciseId: string,
  actorId: string,
  entries: readonly { itemId: string; reason: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date();
  await prisma.$transaction(
    entries.map(({ itemId, reason }) => {
      const decision = { actorId, decision: "accept-extractor", reason, at };
      return prisma.adjudication.upsert({
        where: { exerciseId_itemId: { exerciseId, itemId } },
        create: { exerciseId, itemId, ...decision },
        update: decision,
      });
    }),
  );
}
