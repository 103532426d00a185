import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { DocumentDetail } from "@zeren/shared/contract";
import { makeDocumentSummary, makeItem, makeRecord, makeSection } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_INSTRUCTOR } from "@/testing/render-route";

const ITEM_TEXT = "各级党委（党组）要及时向省委报告疫情防控工作情况。";
const AFTER = "生命重于泰山。";
const TEXT = `${ITEM_TEXT}${AFTER}`;

function notice(overrides: Partial<DocumentDetail> = {}): DocumentDetail {
  return {
    ...makeDocumentSummary({ itemCount: 1 }),
    text: TEXT,
    addressees: [],
    sections: [makeSection({ start: 0, end: TEXT.length })],
    items: [makeItem({ start: 0, end: ITEM_TEXT.length })],
    units: [{ index: 1, start: ITEM_TEXT.length, end: TEXT.length, rule: "no-directive-cue" }],
    record: makeRecord({ documentNumber: "吉委发〔2020〕3号" }),
    dismissed: [],
    unitBounds: [
      { start: 0, end: ITEM_TEXT.length },
      { start: ITEM_TEXT.length, end: TEXT.length },
    ],
    unattached: [],
    ...overrides,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("notice page", () => {
  it.each([
    {
      language: "en" as const,
      record: "Notice record",
      edit: "Edit",
      issuer: "Issuer",
      save: "Save record",
      withdraw: "Withdraw this notice…",
      confirm: "Withdraw",
      gold: "Download gold",
      banner: /^Withdrawn on/,
    },
    {
      language: "zh" as const,
      record: "文件著录",
      edit: "编辑",
      issuer: "发文机关",
      save: "保存著录",
      withdraw: "撤回此通知…",
      confirm: "撤回",
      gold: "下载标注集",
      banner: /^已于/,
    },
  ])(
    "shows the record with its citation, sends only the changed fields, and withdraws ($language)",
    async (labels) => {
      let current = notice();
      const requests = mockApi({
        "GET /api/documents/doc-1": () => ({ body: current }),
        "PATCH /api/documents/doc-1/record": ({ body }) => {
          const { issuer } = body as { issuer: string };
          current = notice({
            issuer,
            record: makeRecord({
              documentNumber: "吉委发〔2020〕3号",
              set: { title: null, issuer, date: null },
            }),
          });
          return { body: current };
        },
        "POST /api/documents/doc-1/withdraw": () => {
          current = notice({
            withdrawnAt: "2024-05-01T08:00:00.000Z",
            record: makeRecord({ withdrawnReason: "duplicate" }),
          });
          return { body: current };
        },
      });
      renderRoute("/documents/doc-1", { user: { ...TEST_INSTRUCTOR, locale: labels.language } });

      expect(await screen.findByRole("heading", { name: labels.record })).toBeTruthy();
      expect(screen.getByTestId("notice-citation").textContent).toBe(
        "中共吉林省委. 中共吉林省委通知: 吉委发〔2020〕3号[Z]. (2020-01-29)",
      );
      // The whole text with its item tagged (a link to it) and the passage left out.
      expect(document.querySelector(`a[href="/items/item-1"]`)).toBeTruthy();
      expect(document.querySelector('[data-rule="no-directive-cue"]')?.textContent).toContain(
        AFTER,
      );
      expect(screen.getByRole("link", { name: labels.gold }).getAttribute("href")).toBe(
        "/api/documents/doc-1/gold",
      );
      expect(
        document.querySelector('a[href="/api/catalogue/export.xlsx?document=doc-1"]'),
      ).toBeTruthy();

      fireEvent.click(screen.getByRole("button", { name: labels.edit }));
      fireEvent.change(screen.getByLabelText(labels.issuer), {
        target: { value: "中共吉林省委办公厅" },
      });
      fireEvent.click(screen.getByRole("button", { name: labels.save }));
      await waitFor(() =>
        expect(screen.getByTestId("notice-citation").textContent).toMatch(/^中共吉林省委办公厅\. /),
      );
      const patch = requests.find((r) => r.method === "PATCH");
      expect(patch?.body).toEqual({ issuer: "中共吉林省委办公厅" });

      fireEvent.click(screen.getByRole("button", { name: labels.withdraw }));
      fireEvent.change(screen.getByRole("textbox", { name: /Reason|原因/ }), {
        target: { value: "duplicate" },
      });
      fireEvent.click(screen.getByRole("button", { name: labels.confirm }));
      expect(await screen.findByText(labels.banner)).toBeTruthy();
      expect(requests.find((r) => r.url.pathname.endsWith("/withdraw"))?.body).toEqual({
        reason: "duplicate",
      });
    },
  );

  it("when the server refuses a field, then its message is shown under that field", async () => {
    mockApi({
      "GET /api/documents/doc-1": () => ({ body: notice() }),
      "PATCH /api/documents/doc-1/record": () => ({
        status: 400,
        body: {
          error: {
            code: "VALIDATION_FAILED",
            message: "Invalid request",
            issues: [
              { path: "body.sourceUrl", message: "source URL must start with http:// or https://" },
            ],
          },
        },
      }),
    });
    renderRoute("/documents/doc-1");
    fireEvent.click(await screen.findByRole("button", { name: "Edit" }));
    fireEvent.change(screen.getByLabelText("Source URL"), { target: { value: "ftp://x" } });
    fireEvent.click(screen.getByRole("button", { name: "Save record" }));
    expect(await screen.findByText("source URL must start with http:// or https://")).toBeTruthy();
    expect(screen.getByLabelText("Source URL").getAttribute("aria-invalid")).toBe("true");
  });
  it.each([
    { language: "en" as const, person: "person" },
    { language: "zh" as const, person: "人工" },
  ])(
    "shows a person's item as such and a dismissed one struck through, with a way to it ($language)",
    async ({ language, person }) => {
      mockApi({
        "GET /api/documents/doc-1": () => ({
          body: notice({
            items: [
              makeItem({
                start: 0,
                end: ITEM_TEXT.length,
                curation: { origin: "person", dismissal: null, extractedBearer: null },
              }),
            ],
            units: [],
            dismissed: [
              makeItem({
                id: "item-2",
                text: AFTER,
                start: ITEM_TEXT.length,
                end: TEXT.length,
                curation: {
                  origin: "extractor",
                  dismissal: {
                    kind: "dismissed",
                    reason: "a slogan",
                    at: "2024-05-01T08:00:00.000Z",
                  },
                  extractedBearer: null,
                },
              }),
            ],
            unattached: [
              {
                id: 7,
                kind: "bearer",
                itemId: "item-9",
                quote: "生命",
                start: ITEM_TEXT.length,
                end: ITEM_TEXT.length + 2,
                reason: null,
                note: "no item covers this text now",
              },
            ],
          }),
        }),
      });
      renderRoute("/documents/doc-1", { user: { ...TEST_INSTRUCTOR, locale: language } });

      await screen.findByRole("heading", { name: /Notice record|文件著录/ });
      expect(document.querySelector(`a[href="/items/item-1"]`)?.textContent).toContain(person);
      const struck = document.querySelector('del.source__dismissed[data-item-id="item-2"]');
      expect(struck?.textContent).toBe(AFTER);
      expect(struck?.getAttribute("title")).toContain("a slogan");
      expect(document.querySelector(`a[href="/items/item-2"] del`)?.textContent).toBe(AFTER);
      // A curation the last re-extraction could not re-attach is reported, never dropped.
      expect(document.querySelector(".curation-warning")?.textContent).toContain(
        "no item covers this text now",
      );
      expect(document.querySelector(`a[href="/items/item-9"]`)).toBeTruthy();
    },
  );
});
