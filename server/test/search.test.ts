import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  ItemSchema,
  ItemsResponseSchema,
  SaveDocumentResponseSchema,
  SearchResponseSchema,
  type Item,
  type SearchResponse,
} from "@zeren/shared/contract";
import { searchForm } from "@zeren/shared/search";
import { prisma, provider } from "../src/db";
import { refreshSearchText } from "../src/modules/search/search.repository";
import { client, issuePaths, resetDatabase } from "./helpers";

afterAll(() => prisma.$disconnect());

/**
 * A notice written for these tests: its first directive in traditional characters, the others
 * in simplified, with `%`, `"`, `*` and `_` in the text (characters LIKE or FTS5 would read as
 * syntax).
 */
const NOTICE = [
  "各市（州）党委，省直各部门党组（党委）：",
  "为做好当前疫情防控工作，现就有关事项通知如下。",
  "一、各級黨委（黨組）要加強醫院防疫管理，及時向省委報告工作進展情況。",
  '二、基层党组织要做好100%覆盖的宣传工作，落实"三会一课"制度，做到*全员*参与。',
  "三、广大党员不得在群聊中转发a_b类谣言信息。",
  "四、组织部门要选派优秀干部充实一线工作队伍。",
  "中共某某省委",
  "2021年7月20日",
].join("\n");

let items: Item[];
/** The four items by what they are about. */
let hospital: Item, publicity: Item, rumours: Item, staffing: Item;
let documentId: string;

beforeEach(async () => {
  await resetDatabase();
  const res = await client().post("/api/documents").send({ text: NOTICE, title: "疫情通知" });
  expect(res.status).toBe(201);
  const { document } = SaveDocumentResponseSchema.parse(res.body);
  documentId = document.id;
  items = document.items;
  expect(items).toHaveLength(4);
  [hospital, publicity, rumours, staffing] = items as [Item, Item, Item, Item];
});

async function search(params: Record<string, string | number>): Promise<SearchResponse> {
  const res = await client()
    .get("/api/search")
    .query(params as Record<string, string>);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return SearchResponseSchema.parse(res.body);
}

const ids = (page: SearchResponse) => page.hits.map((hit) => hit.item.id);

async function found(q: string, extra: Record<string, string> = {}): Promise<string[]> {
  const page = await search({ q, ...extra });
  expect(page.total).toBe(page.hits.length);
  return ids(page);
}

/** The stored search columns agree with each item's text and bearer, and the index with them. */
async function expectIndexInSync() {
  const rows = await prisma.item.findMany({
    select: {
      id: true,
      text: true,
      bearer: true,
      curatedBearer: true,
      searchText: true,
      searchBearer: true,
    },
  });
  for (const row of rows) {
    expect(row.searchText, row.id).toBe(searchForm(row.text));
    expect(row.searchBearer, row.id).toBe(searchForm(row.curatedBearer ?? row.bearer));
    // Every item is found in the index by the first three characters of its text.
    const matched = await prisma.$queryRaw<{ id: string }[]>`
      SELECT i."id" FROM "Item" i
      WHERE i.rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH ${`"${row.searchText!.slice(0, 3).replaceAll('"', '""')}"`})`;
    expect(matched.map((m) => m.id)).toContain(row.id);
  }
  const [indexed] = await prisma.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS n FROM "ItemSearch_docsize"`;
  expect(Number(indexed?.n)).toBe(rows.length);
}

describe("GET /api/search", () => {
  it("when a word of three characters or more is searched, then exactly the items containing it are found, with its place", async () => {
    const page = await search({ q: "宣传工作" });
    expect(ids(page)).toEqual([publicity.id]);
    expect(page.total).toBe(1);
    expect(page.nextCursor).toBeNull();
    const hit = page.hits[0]!;
    const start = publicity.text.indexOf("宣传工作");
    expect(hit.matches.text).toEqual([{ start, end: start + 4 }]);
    expect(hit.item.document.title).toBe("疫情通知");
    expect(hit.item.section.number).toBe("二、");
    expect(await found("工作")).toEqual([hospital.id, publicity.id, staffing.id]);
  });

  it("when one or two characters are searched, then the fallback finds exactly the items containing them", async () => {
    expect(await found("群")).toEqual([rumours.id]);
    expect(await found("干部")).toEqual([staffing.id]);
    expect(await found("党员")).toEqual([rumours.id]);
  });

  it("when traditional or simplified characters are searched, then both forms find each other", async () => {
    // The hospital item is stored in traditional characters.
    expect(await found("医院")).toEqual([hospital.id]);
    expect(await found("醫院")).toEqual([hospital.id]);
    expect(await found("加强医院防疫")).toEqual([hospital.id]);
    expect(await found("加強醫院防疫")).toEqual([hospital.id]);
    // The staffing item is stored in simplified characters.
    expect(await found("組織部門")).toEqual([staffing.id]);
    expect(await found("選派優秀幹部")).toEqual([staffing.id]);
    // Highlights land on the original (traditional) text.
    const hit = (await search({ q: "医院" })).hits[0]!;
    const { start, end } = hit.matches.text[0]!;
    expect(hospital.text.slice(start, end)).toBe("醫院");
    // Bearers too: 黨組 is in the traditional item's bearer, 党委 in its search form.
    expect(await found("党组", { bearer: "党委" })).toEqual([hospital.id]);
  });

  it("when the search holds %, _, quotes, * or FTS5 syntax, then they are plain characters", async () => {
    expect(await found("%")).toEqual([publicity.id]);
    expect(await found("100%")).toEqual([publicity.id]);
    expect(await found("_")).toEqual([rumours.id]);
    expect(await found("a_b")).toEqual([rumours.id]);
    expect(await found("a%b")).toEqual([]);
    expect(await found("a_")).toEqual([rumours.id]);
    expect(await found("ab")).toEqual([]);
    expect(await found('"')).toEqual([publicity.id]);
    expect(await found('"三会一课"')).toEqual([publicity.id]);
    expect(await found("*")).toEqual([publicity.id]);
    expect(await found("*全员*")).toEqual([publicity.id]);
    expect(await found("\\")).toEqual([]);
    for (const q of [
      "AND",
      "OR 党委",
      "NEAR(党委 工作)",
      "text:党委",
      '"""',
      "党*",
      "^党委",
      "{bearer}:党",
    ]) {
      expect(await found(q), q).toEqual([]);
    }
  });

  it("when nothing matches, then the page is empty with a total of 0", async () => {
    expect(await search({ q: "不存在的词语" })).toEqual({ hits: [], total: 0, nextCursor: null });
    expect(await search({ q: "无" })).toEqual({ hits: [], total: 0, nextCursor: null });
  });

  it("when several words are searched, then an item must contain each of them (text or bearer)", async () => {
    expect(await found("工作 队伍")).toEqual([staffing.id]);
    expect(await found("组织部门　干部")).toEqual([staffing.id]);
    expect(await found("工作 不存在")).toEqual([]);
  });

  it("when filtered by must-do / must-not, bearer and tier, then each filter narrows the effective reading", async () => {
    expect(await found("党")).toEqual([hospital.id, publicity.id, rumours.id]);
    expect(await found("党", { modality: "prohibition" })).toEqual([rumours.id]);
    expect(await found("党", { modality: "obligation" })).toEqual([hospital.id, publicity.id]);
    expect(await found("工作", { bearer: "基层党组织" })).toEqual([publicity.id]);
    expect(await found("工作", { bearer: "部门" })).toEqual([staffing.id]);
    expect(await found("工作", { level: "committee" })).toEqual([hospital.id, staffing.id]);
    // A correction changes the reading the filters see.
    const res = await client()
      .put(`/api/items/${rumours.id}/correction`)
      .send({ level: "member", types: ["other"], modality: "obligation", reason: "test" });
    expect(res.status).toBe(200);
    expect(await found("党", { modality: "prohibition" })).toEqual([]);
    expect(await found("党", { modality: "obligation" })).toEqual([
      hospital.id,
      publicity.id,
      rumours.id,
    ]);
  });

  it("when paged with limit and cursor, then every match comes once, in order, with the same total", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: SearchResponse = await search({
        q: "工作",
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.total).toBe(3);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([hospital.id, publicity.id, staffing.id]);
  });

  it("when the input is not valid, then 400 names the field and nothing is searched", async () => {
    const bad = async (query: string) => issuePaths(await client().get(`/api/search${query}`));
    expect(await bad("")).toEqual(["query.q"]);
    expect(await bad("?q=%20%20")).toEqual(["query.q"]);
    expect(await bad(`?q=${"党".repeat(201)}`)).toEqual(["query.q"]);
    expect(await bad("?q=党&limit=201")).toEqual(["query.limit"]);
    expect(await bad("?q=党&limit=0")).toEqual(["query.limit"]);
    expect(await bad("?q=党&modality=maybe")).toEqual(["query.modality"]);
    expect(await bad("?q=党&offset=1")).toEqual(["query.offset"]);
    expect(await bad("?q=党&cursor=not%20a%20cursor")).toEqual(["query.cursor"]);
    expect(await bad("?q=党&cursor=bm90LWpzb24")).toEqual(["query.cursor"]);
  });
});

// SQLite's FTS5 index and its triggers; PostgreSQL searches the columns through GIN indexes,
// which need no keeping.
describe.skipIf(provider === "postgres")("the search index follows every write", () => {
  it("keeps triggers and an index that agree with the items after import", async () => {
    const triggers = await prisma.$queryRaw<{ name: string }[]>`
      SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Item' AND name LIKE 'Item_search_%' ORDER BY name`;
    expect(triggers.map((t) => t.name)).toEqual([
      "Item_search_delete",
      "Item_search_insert",
      "Item_search_update",
    ]);
    await expectIndexInSync();
  });

  it("when a bearer is edited, then the new bearer is found and the old one no longer, also after re-extraction", async () => {
    const res = await client()
      .put(`/api/items/${staffing.id}/bearer`)
      .send({ bearer: "縣委宣傳部", level: "committee" });
    expect(res.status).toBe(200);
    expect(await found("工作", { bearer: "组织部门" })).toEqual([]);
    expect(await found("工作", { bearer: "县委宣传部" })).toEqual([staffing.id]);
    expect(await found("宣传部")).toEqual([staffing.id]);
    expect((await client().post(`/api/documents/${documentId}/reextract`)).status).toBe(200);
    // The extractor's bearer is written again; the person's stays the one searched.
    expect(await found("宣传部")).toEqual([staffing.id]);
    expect(await found("工作", { bearer: "组织部门" })).toEqual([]);
    await expectIndexInSync();
  });

  it("when an item is dismissed and restored, then it leaves and rejoins the results", async () => {
    expect(
      (await client().post(`/api/items/${rumours.id}/dismissal`).send({ reason: "no" })).status,
    ).toBe(200);
    expect(await found("群聊")).toEqual([]);
    expect((await client().delete(`/api/items/${rumours.id}/dismissal`)).status).toBe(200);
    expect(await found("群聊")).toEqual([rumours.id]);
  });

  it("when a person adds an item and moves its span, then its new text is found and its old text is not", async () => {
    const formula = "为做好当前疫情防控工作，现就有关事项通知如下。";
    const start = NOTICE.indexOf(formula);
    const added = await client()
      .post(`/api/documents/${documentId}/items`)
      .send({
        start,
        end: start + formula.length,
        bearer: "各市（州）党委",
        level: "committee",
        types: ["other"],
        modality: "obligation",
        reason: "The formula asks the addressees to act",
      });
    expect(added.status).toBe(201);
    const person = ItemSchema.parse(added.body);
    expect(await found("疫情防控")).toEqual([person.id]);
    expect(await found("有关事项")).toEqual([person.id]);
    const narrowed = await client()
      .put(`/api/items/${person.id}/span`)
      .send({ start, end: start + "为做好当前疫情防控工作".length });
    expect(narrowed.status).toBe(200);
    expect(await found("疫情防控")).toEqual([person.id]);
    expect(await found("有关事项")).toEqual([]);
    await expectIndexInSync();
  });

  it("when two items are merged, then the merged item is found by both texts and the replaced ones are not", async () => {
    const res = await client().post(`/api/items/${rumours.id}/merge`).send({ with: staffing.id });
    expect(res.status).toBe(200);
    const merged = (await found("转发a_b"))[0]!;
    expect([rumours.id, staffing.id]).not.toContain(merged);
    expect(await found("选派优秀")).toEqual([merged]);
    await expectIndexInSync();
  });

  it("when the search columns are stale (the migration's backfill), then refreshSearchText repairs them", async () => {
    // What the migration's SQL backfill leaves: the text as written, traditional characters kept.
    await prisma.item.update({
      where: { id: hospital.id },
      data: { searchText: hospital.text, searchBearer: hospital.bearer },
    });
    expect(await found("加强医院")).toEqual([]);
    expect(await refreshSearchText()).toBe(1);
    expect(await found("加强医院")).toEqual([hospital.id]);
    expect(await refreshSearchText()).toBe(0);
    await expectIndexInSync();
  });
});

describe("GET /api/items?q= uses the same search", () => {
  it("when q is % or _, then only items containing that character are listed (issue 11)", async () => {
    const list = async (q: string) => {
      const res = await client().get(`/api/items?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      return ItemsResponseSchema.parse(res.body).items.map((i) => i.id);
    };
    expect(await list("%")).toEqual([publicity.id]);
    expect(await list("_")).toEqual([rumours.id]);
    expect(await list("醫院")).toEqual([hospital.id]);
    expect(await list("组织部门")).toEqual([staffing.id]);
  });
});

describe("the migration 20261130130000_item_search", () => {
  it("backfills the items stored before it, indexes them and keeps the index in sync", () => {
    const migrations = path.resolve(
      import.meta.dirname,
      "..",
      "..",
      "prisma",
      "sqlite",
      "migrations",
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-search-migration-"));
    const db = new Database(path.join(dir, "m.db"));
    try {
      const names = fs
        .readdirSync(migrations)
        .filter((n) => /^\d/.test(n))
        .sort();
      const at = names.indexOf("20261130130000_item_search");
      expect(at).toBeGreaterThan(0);
      const run = (name: string) =>
        db.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
      names.slice(0, at).forEach(run);
      db.exec(`INSERT INTO "Document" (id, title, addressees, text, updatedAt) VALUES ('d', 't', '[]', 'x', 0);
        INSERT INTO "Section" (id, documentId, "index", kind, start, "end") VALUES ('d:0', 'd', 0, 'body', 0, 1);
        INSERT INTO "Item" (id, documentId, sectionId, ordinal, unitIndex, text, start, "end", bearer, bearerSource, level, types, modality, cues, curatedBearer)
        VALUES ('a', 'd', 'd:0', 0, 0, '各级党组织要做好ABC工作', 0, 1, '党组织', 'explicit', 'grassroots', '[]', 'obligation', '[]', NULL),
               ('b', 'd', 'd:0', 1, 1, '党员要遵守纪律', 1, 2, '党员', 'explicit', 'member', '[]', 'obligation', '[]', '全体党员');`);
      names.slice(at).forEach(run);
      const match = (q: string) =>
        (
          db
            .prepare(
              `SELECT i.id FROM "Item" i WHERE i.rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH ?) ORDER BY i.id`,
            )
            .all(q) as { id: string }[]
        ).map((r) => r.id);
      expect(db.prepare(`SELECT searchText, searchBearer FROM "Item" ORDER BY id`).all()).toEqual([
        { searchText: "各级党组织要做好abc工作", searchBearer: "党组织" },
        { searchText: "党员要遵守纪律", searchBearer: "全体党员" },
      ]);
      expect(match('"abc"')).toEqual(["a"]);
      expect(match('"全体党"')).toEqual(["b"]);
      expect(match('"党组织"')).toEqual(["a"]);
      db.exec(`UPDATE "Item" SET searchBearer = '支部' WHERE id = 'b'`);
      expect(match('"全体党"')).toEqual([]);
      db.exec(`DELETE FROM "Item" WHERE id = 'a'`);
      expect(match('"abc"')).toEqual([]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
