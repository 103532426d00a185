import type {
  CorrectItemBody,
  Item,
  ItemsQuery,
  ItemsResponse,
  PatchItemBody,
} from "@zeren/shared/contract";
import { AppError, notFound } from "../../errors/app-error";
import * as repository from "./items.repository";

export function listItems(query: ItemsQuery): Promise<ItemsResponse> {
  return repository.findItems(query);
}

export async function getItem(id: string): Promise<Item> {
  const item = await repository.findItem(id);
  if (!item) throw notFound("Item", id);
  return item;
}

/**
 * Marks an item reviewed (or not). A stale `version` means someone else wrote first.
 * `actorId`: who did it, recorded in the item's history with the time and the change.
 */
export async function reviewItem(id: string, body: PatchItemBody, actorId: string): Promise<Item> {
  const result = await repository.updateReview(id, {
    reviewed: body.reviewed,
    note: body.note,
    expectedVersion: body.version,
    actorId,
  });
  switch (result.outcome) {
    case "updated":
      return result.item;
    case "not-found":
      throw notFound("Item", id);
    case "conflict":
      throw new AppError(
        409,
        "VERSION_CONFLICT",
        `The item was changed by someone else (version ${result.current.review.version}, you sent ${body.version}); reload it and try again`,
        { current: result.current },
      );
  }
}

/** `actorId`: who corrected it, recorded in the item's history (issue 8). */
export async function correctItem(
  id: string,
  body: CorrectItemBody,
  actorId: string,
): Promise<Item> {
  const item = await repository.upsertCorrection(id, body, actorId);
  if (!item) throw notFound("Item", id);
  return item;
}

export async function removeCorrection(id: string, actorId: string): Promise<Item> {
  const item = await repository.deleteCorrection(id, actorId);
  if (!item) throw notFound("Item", id);
  return item;
}
