import { z } from "zod";
import { PageInfoSchema, PageQuerySchema } from "./pagination";
import { singleLineText } from "./text";
import {
  BearerSourceSchema,
  CueSchema,
  ItemTypeSchema,
  LevelSchema,
  ModalitySchema,
} from "./model";
import {
  ClassificationSchema,
  ItemDocumentRefSchema,
  ItemSectionRefSchema,
  NOTE_MAX_LENGTH,
  QueryBooleanSchema,
} from "./items";
import { NewAccountBodySchema, SessionUserSchema, UserRoleSchema } from "./auth";
import { SectionSchema } from "./documents";

/**
 * Review exercises (issue 4). Access, checked on the server for every endpoint:
 * - the instructor who created an exercise (its owner) sees everything in it;
 * - a participant who joined it sees the exercise and only their own reviews;
 * - anyone else gets 404 NOT_FOUND for the exercise (its id is not theirs to know);
 * - a member on an owner-only endpoint, or the owner on a participant-only one (coding,
 *   undo), gets 403 FORBIDDEN.
 */

const IdSchema = z.string().min(1).max(200);
export const ExerciseParamsSchema = z.object({ id: IdSchema });
export const ExerciseItemParamsSchema = z.object({ id: IdSchema, itemId: IdSchema });

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;

/** POST /api/exercises (instructor). Answers 201 with the {@link ExerciseSchema}. */
export const CreateExerciseBodySchema = z.strictObject({
  title: singleLineText(200).min(1),
  /** In the order the exercise shows them. */
  documentIds: z.array(IdSchema).min(1).max(500).refine(unique, "documentIds must not repeat"),
  /** The tiers the exercise covers; empty or absent: all tiers. */
  levels: z.array(LevelSchema).refine(unique, "levels must not repeat").default([]),
  /** Blind: a participant sees the extractor's reading and the others' codings of an item only after submitting their own. */
  blind: z.boolean(),
});
export type CreateExerciseBody = z.input<typeof CreateExerciseBodySchema>;

export const UserRefSchema = z.object({ id: z.string(), name: z.string() });
export type UserRef = z.infer<typeof UserRefSchema>;

/** How far one participant got, in items of the exercise. */
export const ProgressCountsSchema = z.object({
  total: z.number().int().nonnegative(),
  reviewed: z.number().int().nonnegative(),
  /** Items with a coding (tier, types and modality). */
  coded: z.number().int().nonnegative(),
  /** Items whose coding was submitted (in a blind exercise: revealed). */
  submitted: z.number().int().nonnegative(),
});
export type ProgressCounts = z.infer<typeof ProgressCountsSchema>;

export const ParticipantSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  joinedAt: z.string(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const ExerciseSchema = z.object({
  id: z.string(),
  title: z.string(),
  blind: z.boolean(),
  /** [] means all tiers. */
  levels: z.array(LevelSchema),
  createdAt: z.string(),
  owner: UserRefSchema,
  documents: z.array(ItemDocumentRefSchema),
  /** "owner": the signed-in instructor created it; "member": the signed-in participant joined it. */
  access: z.enum(["owner", "member"]),
  participantCount: z.number().int().nonnegative(),
  /** Active items of the documents in the exercise's tiers. */
  itemCount: z.number().int().nonnegative(),
  /** The signed-in participant's own progress; null for the owner. */
  myProgress: ProgressCountsSchema.nullable(),
});
export type Exercise = z.infer<typeof ExerciseSchema>;

/** GET /api/exercises: newest first, paged (`limit`, `cursor`). */
export const ExercisesQuerySchema = z.strictObject(PageQuerySchema.shape);
export type ExercisesQuery = z.infer<typeof ExercisesQuerySchema>;
export const ExercisesResponseSchema = PageInfoSchema.extend({
  exercises: z.array(ExerciseSchema),
});
export type ExercisesResponse = z.infer<typeof ExercisesResponseSchema>;

/** GET /api/exercises/:id. `participants`: everyone for the owner, [] for a member. */
export const ExerciseDetailSchema = ExerciseSchema.extend({
  participants: z.array(ParticipantSchema),
});
export type ExerciseDetail = z.infer<typeof ExerciseDetailSchema>;

// ---- Invites ------------------------------------------------------------------------------

/** POST /api/exercises/:id/invites (owner) → 201. The token is shown once; only its hash is stored. */
export const CreateInviteResponseSchema = z.object({
  id: z.string(),
  /** Absolute link to the client's join page: <origin>/join/<token>. */
  url: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export type CreateInviteResponse = z.infer<typeof CreateInviteResponseSchema>;

export const InviteSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Neither expired nor revoked. */
  active: z.boolean(),
});
/** GET /api/exercises/:id/invites: newest first, paged (`limit`, `cursor`). */
export const InvitesQuerySchema = z.strictObject(PageQuerySchema.shape);
export type InvitesQuery = z.infer<typeof InvitesQuerySchema>;
export const InvitesResponseSchema = PageInfoSchema.extend({ invites: z.array(InviteSchema) });
export type InvitesResponse = z.infer<typeof InvitesResponseSchema>;

export const InviteTokenParamsSchema = z.object({ token: z.string().min(1).max(200) });

/** GET /api/invites/:token (public). Unknown, expired or revoked token: 404 NOT_FOUND. */
export const InviteInfoResponseSchema = z.object({
  exercise: z.object({
    id: z.string(),
    title: z.string(),
    blind: z.boolean(),
    ownerName: z.string(),
  }),
  expiresAt: z.string(),
  /** Who is signed in on this browser, if anyone. */
  signedIn: z.object({ role: UserRoleSchema, name: z.string() }).nullable(),
  /** The signed-in participant already belongs to the exercise. */
  alreadyMember: z.boolean(),
});
export type InviteInfoResponse = z.infer<typeof InviteInfoResponseSchema>;

/**
 * POST /api/invites/:token/accept (public). Signed out: the body creates a participant
 * account and signs it in (cookies set). Signed in as a participant: the body is empty ({})
 * and the user just joins. Signed in as an instructor: 403 (instructors do not code).
 * Answers 200 with {@link AcceptInviteResponseSchema}; 409 EMAIL_TAKEN for a known email.
 */
export const AcceptInviteBodySchema = NewAccountBodySchema;
export type AcceptInviteBody = z.infer<typeof AcceptInviteBodySchema>;
export const AcceptInviteResponseSchema = z.object({
  exerciseId: z.string(),
  /** False when the user was already a member. */
  joined: z.boolean(),
  user: SessionUserSchema,
});
export type AcceptInviteResponse = z.infer<typeof AcceptInviteResponseSchema>;

// ---- Items and reviews ---------------------------------------------------------------------

/**
 * GET /api/exercises/:id/items and the exports. `level`/`type` match the item's effective
 * reading — except for a participant of a blind exercise, where they match the
 * participant's own coding (filtering by the hidden answer would reveal it). `reviewed`:
 * the participant's own review; for the owner, reviewed by at least one participant (in
 * the exports: each row's review). `q`: words in the quote or the bearer.
 */
export const ExerciseItemFiltersSchema = z.strictObject({
  level: LevelSchema.optional(),
  type: ItemTypeSchema.optional(),
  document: IdSchema.optional(),
  reviewed: QueryBooleanSchema.optional(),
  q: z.string().max(200).optional(),
});
export type ExerciseItemFilters = z.infer<typeof ExerciseItemFiltersSchema>;

/** The list itself: the filters and a keyset page (`limit` 1–200, default 50; `cursor`). */
export const ExerciseItemsQuerySchema = ExerciseItemFiltersSchema.extend(PageQuerySchema.shape);
export type ExerciseItemsQuery = z.infer<typeof ExerciseItemsQuerySchema>;

/**
 * The exports' query: the items list's filters, and the layout. "long" (the default): one
 * row per item and participant. "wide": one row per item, a column group per participant.
 */
export const EXPORT_LAYOUTS = ["long", "wide"] as const;
export const ExportQuerySchema = ExerciseItemFiltersSchema.extend({
  layout: z.enum(EXPORT_LAYOUTS).optional(),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** A participant's coding of an item: the same three fields as a classification. */
export const CodingSchema = ClassificationSchema;
export type Coding = z.infer<typeof CodingSchema>;

/** The reviewable part of a participant's review, as history snapshots record it. */
export const ReviewSnapshotSchema = z.object({
  reviewed: z.boolean(),
  note: z.string(),
  coding: CodingSchema.nullable(),
  submittedAt: z.string().nullable(),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshotSchema>;

export const ParticipantReviewSchema = ReviewSnapshotSchema.extend({
  /** 0 before the first write; send it back with the next PUT. */
  version: z.number().int().nonnegative(),
  updatedAt: z.string().nullable(),
});
export type ParticipantReview = z.infer<typeof ParticipantReviewSchema>;

/** The extractor's effective reading (a correction applied), with what decided it. */
export const ReadingSchema = ClassificationSchema.extend({
  bearer: z.string(),
  bearerSource: BearerSourceSchema,
  cues: z.array(CueSchema),
  /** True when an instructor's correction replaced the extractor's reading. */
  corrected: z.boolean(),
});
export type Reading = z.infer<typeof ReadingSchema>;

/** How many coders chose each value (a coding with two types counts under both). */
export const CodingDistributionSchema = z.object({
  coders: z.number().int().nonnegative(),
  level: z.record(LevelSchema, z.number().int().nonnegative()),
  types: z.record(ItemTypeSchema, z.number().int().nonnegative()),
  modality: z.record(ModalitySchema, z.number().int().nonnegative()),
});
export type CodingDistribution = z.infer<typeof CodingDistributionSchema>;

/**
 * The item's paragraph around it: up to two units before and after it in the same paragraph,
 * as written (what lies between them included); "" where the paragraph starts or ends with
 * the item. Notice text only, never the extractor's reading, so a blind exercise shows it.
 */
export const ItemContextSchema = z.object({ before: z.string(), after: z.string() });
export type ItemContext = z.infer<typeof ItemContextSchema>;

export const ExerciseItemSchema = z.object({
  id: z.string(),
  /** The quote, as written in the notice. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  document: ItemDocumentRefSchema,
  section: ItemSectionRefSchema,
  context: ItemContextSchema,
  /** False while a blind exercise hides the answer from this participant (not yet submitted). */
  revealed: z.boolean(),
  /** Null while hidden. */
  reading: ReadingSchema.nullable(),
  /** The signed-in participant's own review; null for the owner. */
  review: ParticipantReviewSchema.nullable(),
  /** The codings of the other participants (all participants for the owner), counted, never by name; null while hidden. */
  others: CodingDistributionSchema.nullable(),
  /** Participants who marked the item reviewed; null while hidden. */
  reviewedCount: z.number().int().nonnegative().nullable(),
});
export type ExerciseItem = z.infer<typeof ExerciseItemSchema>;

export const ExerciseItemsResponseSchema = PageInfoSchema.extend({
  items: z.array(ExerciseItemSchema),
});
export type ExerciseItemsResponse = z.infer<typeof ExerciseItemsResponseSchema>;

/**
 * PUT /api/exercises/:id/items/:itemId/review (participant member). Answers the item with
 * the new state (revealed after a blind submit). `coding`: omitted keeps it, null clears it.
 * `submit: true` needs a coding (400 at body.coding otherwise). In a blind exercise a
 * submitted coding cannot change any more (409 CODING_LOCKED): it measures independent
 * judgement. A stale `version` gives 409 VERSION_CONFLICT with `current` (the item).
 */
export const PutReviewBodySchema = z.strictObject({
  reviewed: z.boolean(),
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
  coding: CodingSchema.nullable().optional(),
  submit: z.boolean().optional(),
  version: z.number().int().nonnegative(),
});
export type PutReviewBody = z.infer<typeof PutReviewBodySchema>;

/** One append-only history entry of a participant's review. */
export const ReviewEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(["change", "undo"]),
  at: z.string(),
  actor: UserRefSchema,
  itemId: z.string(),
  /** Null for the first write of a review. */
  before: ReviewSnapshotSchema.nullable(),
  after: ReviewSnapshotSchema,
  /** The note as written by this change; null when the note did not change. */
  note: z.string().nullable(),
  /** The review's version after this event. */
  version: z.number().int().positive(),
  /** For an undo: the event it reverted. */
  undoesEventId: z.number().int().nullable(),
});
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;

/** GET /api/exercises/:id/items/:itemId/review/history?limit=&cursor= */
export const ReviewHistoryQuerySchema = z.strictObject(PageQuerySchema.shape);
export type ReviewHistoryQuery = z.infer<typeof ReviewHistoryQuerySchema>;

/**
 * A page of an item's review events, newest first (as the history shows them): it grows with
 * every change, so it comes a page at a time. A participant gets their own events; the owner
 * gets every participant's.
 */
export const ReviewHistoryResponseSchema = PageInfoSchema.extend({
  events: z.array(ReviewEventSchema),
});
export type ReviewHistoryResponse = z.infer<typeof ReviewHistoryResponseSchema>;

/**
 * POST /api/exercises/:id/undo (participant member, body {} or none): reverts the latest of
 * my changes in the exercise that is not yet undone, as a new "undo" event. Repeating walks
 * further back. 409 NOTHING_TO_UNDO when there is none; 409 CODING_LOCKED when it would
 * withdraw a submitted coding of a blind exercise.
 */
export const UndoResponseSchema = z.object({
  event: ReviewEventSchema,
  item: ExerciseItemSchema,
});
export type UndoResponse = z.infer<typeof UndoResponseSchema>;

// ---- The source of a notice in an exercise -------------------------------------------------

export const ExerciseDocumentParamsSchema = z.object({ id: IdSchema, documentId: IdSchema });

/**
 * GET /api/exercises/:id/documents/:documentId/source (owner or member): the notice's text
 * and sections, so a participant can read an item in its source. No items or readings: the
 * client highlights the item it came from (its start and end), neutral in colour. A notice
 * that is not part of the exercise is 404.
 */
export const ExerciseSourceResponseSchema = z.object({
  document: ItemDocumentRefSchema,
  text: z.string(),
  sections: z.array(SectionSchema),
});
export type ExerciseSourceResponse = z.infer<typeof ExerciseSourceResponseSchema>;

// ---- Progress (owner) ----------------------------------------------------------------------

export const TierProgressSchema = ProgressCountsSchema.extend({ level: LevelSchema });

/** GET /api/exercises/:id/progress?limit=&cursor=: a page of the participants, in the order they joined. */
export const ProgressQuerySchema = z.strictObject(PageQuerySchema.shape);
export type ProgressQuery = z.infer<typeof ProgressQuerySchema>;

/**
 * Per participant, per tier of the exercise; one row per participant, so it grows with the
 * class and comes a page at a time (`total` counts the participants).
 */
export const ProgressResponseSchema = PageInfoSchema.extend({
  levels: z.array(LevelSchema),
  participants: z.array(
    z.object({
      participant: ParticipantSchema,
      tiers: z.array(TierProgressSchema),
      overall: ProgressCountsSchema,
    }),
  ),
});
export type ProgressResponse = z.infer<typeof ProgressResponseSchema>;
