import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UNIT_RULE_LABELS, type PreviewResponse } from "@zeren/shared/contract";
import { makeSection } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_INSTRUCTOR } from "@/testing/render-route";

const FORMULA = "现就有关事项通知如下。";
const HEADING = "一、压实责任";
const ITEM_TEXT = "各级党委（党组）要每日报告工作进展。";
const SPEECH = "习近平总书记要求各级党组织坚决打赢疫情防控阻击战。";
const NOTICE = `${FORMULA}\n${HEADING}\n${ITEM_TEXT}${SPEECH}`;
const at = (part: string) => ({
  start: NOTICE.indexOf(part),
  end: NOTICE.indexOf(part) + part.length,
});

/** What POST /api/documents/preview answers for NOTICE: one item, a heading, two units left out. */
const PREVIEW: PreviewResponse = {
  document: {
    issuer: null,
    date: null,
    addressees: [],
    title: "Untitled notice",
    bodyEnd: NOTICE.length,
  },
  sections: [
    { ...makeSection({ start: 0, end: FORMULA.length + 1 }), headingBearer: null },
    {
      ...makeSection({
        index: 1,
        kind: "numbered",
        number: "一、",
        heading: "压实责任",
        headingStart: NOTICE.indexOf("压实责任"),
        headingEnd: NOTICE.indexOf("压实责任") + 4,
        start: NOTICE.indexOf(HEADING),
        end: NOTICE.length,
      }),
      headingBearer: null,
    },
  ],
  items: [
    {
      id: "item-1",
      sectionIndex: 1,
      unitIndex: 2,
      text: ITEM_TEXT,
      ...at(ITEM_TEXT),
      bearer: "各级党委（党组）",
      bearerSource: "explicit",
      level: "committee",
      types: ["reporting"],
      modality: "obligation",
      cues: [],
      timing: "daily",
      recipient: null,
    },
  ],
  units: [
    { index: 0, sectionIndex: 0, ...at(FORMULA), itemId: null, rule: "formula", bearerPath: null },
    {
      index: 1,
      sectionIndex: 1,
      ...at("压实责任"),
      itemId: null,
      rule: "heading",
      bearerPath: null,
    },
    {
      index: 2,
      sectionIndex: 1,
      ...at(ITEM_TEXT),
      itemId: "item-1",
      rule: "modal",
      bearerPath: [{ step: "unit", found: "各级党委（党组）" }],
    },
    {
      index: 3,
      sectionIndex: 1,
      ...at(SPEECH),
      itemId: null,
      rule: "reported-speech",
      bearerPath: null,
    },
  ],
  documentId: "doc-new",
  alreadyImported: false,
  stored: null,
};

afterEach(() => vi.unstubAllGlobals());

describe("import page", () => {
  it("when a PDF is chosen, then it is refused under the file field and nothing is sent", async () => {
    const requests = mockApi({});
    renderRoute("/import");
    const user = userEvent.setup({ applyAccept: false });

    await user.upload(
      await screen.findByLabelText("Upload a file"),
      new File(["%PDF-1.4"], "notice.pdf"),
    );

    const input = screen.getByLabelText("Upload a file");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = input.getAttribute("aria-describedby") ?? "";
    const message = describedBy
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(message).toMatch(/notice\.pdf.*not a \.txt or \.docx file/);
    expect(requests).toHaveLength(0);
  });

  it("when the server says the text is empty, then the message appears under the text", async () => {
    mockApi({
      "POST /api/documents/preview": () => ({
        status: 400,
        body: {
          error: {
            code: "VALIDATION_FAILED",
            message: "Invalid request",
            issues: [{ path: "body.text", message: "text is empty" }],
          },
        },
      }),
    });
    renderRoute("/import");
    await userEvent.type(await screen.findByLabelText("Notice text"), "   ");
    await userEvent.click(screen.getByRole("button", { name: "Preview" }));

    expect(await screen.findByText("Text is empty.")).toBeTruthy();
    expect(screen.getByLabelText("Notice text").getAttribute("aria-invalid")).toBe("true");
  });

  it.each([
    {
      language: "en" as const,
      labels: {
        text: "Notice text",
        preview: "Preview",
        region: "Notice text with the items found",
      },
      prefix: "Left out: ",
      count: "2 passages left out",
    },
    {
      language: "zh" as const,
      labels: { text: "通知正文", preview: "预览", region: "标出已找到事项的通知正文" },
      prefix: "未列入：",
      count: "2 处未列入",
    },
  ])(
    "when a notice is previewed, then what was left out is greyed out in place with its reason, and counted ($language)",
    async ({ language, labels, prefix, count }) => {
      mockApi({ "POST /api/documents/preview": () => ({ body: PREVIEW }) });
      renderRoute("/import", { user: { ...TEST_INSTRUCTOR, locale: language } });
      const user = userEvent.setup();
      await user.click(await screen.findByLabelText(labels.text));
      await user.paste(NOTICE);
      await user.click(screen.getByRole("button", { name: labels.preview }));

      const region = await screen.findByRole("region", { name: labels.region });
      expect(screen.getByText(count)).toBeTruthy();
      const left = [...region.querySelectorAll("[data-rule]")];
      // In text order, around the item; the heading is a heading, not a unit left out.
      expect(left.map((unit) => unit.getAttribute("data-rule"))).toEqual([
        "formula",
        "reported-speech",
      ]);
      const speech = left[1];
      expect(speech?.querySelector(".source__left-out-text")?.textContent).toBe(SPEECH);
      expect(speech?.querySelector(".left-out-tag")?.textContent).toBe(
        `${prefix}${UNIT_RULE_LABELS["reported-speech"][language]}`,
      );
      expect(region.querySelector(".source__heading")?.textContent).toBe("压实责任");
      expect(region.querySelector("mark")?.textContent).toBe(ITEM_TEXT);
      // Every character of the notice is still shown once, in order, between the tags.
      const shown = [...region.querySelectorAll("p")]
        .map((p) => {
          const copy = p.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(".left-out-tag, .inline-tag").forEach((tag) => tag.remove());
          return copy.textContent;
        })
        .join("\n");
      expect(shown).toBe(NOTICE);
    },
  );
});
