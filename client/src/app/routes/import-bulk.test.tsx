import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DocumentDetail, ImportBody, SaveDocumentResponse } from "@zeren/shared/contract";
import { makeDocumentSummary, makeRecord } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

function detail(id: string, title: string, itemCount: number): DocumentDetail {
  return {
    ...makeDocumentSummary({ id, title, itemCount }),
    text: "…",
    addressees: [],
    sections: [],
    items: [],
    units: [],
    dismissed: [],
    unitBounds: [],
    unattached: [],
    record: makeRecord(),
  };
}

/** The server: a.txt is new, b.txt already stored, anything else has no directive. */
function importHandler({ body }: { body: unknown }) {
  const { fileName } = body as ImportBody;
  if (fileName === "a.txt") {
    return {
      status: 201,
      body: {
        created: true,
        document: detail("doc-a", "甲通知", 3),
      } satisfies SaveDocumentResponse,
    };
  }
  if (fileName === "b.txt") {
    return {
      status: 200,
      body: {
        created: false,
        document: detail("doc-b", "乙通知", 2),
      } satisfies SaveDocumentResponse,
    };
  }
  return {
    status: 422,
    body: { error: { code: "NO_DIRECTIVES", message: "No responsibility item was found." } },
  };
}

/** jsdom's File has no arrayBuffer(); the browser's does (the e2e journey reads real files). */
function file(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  return Object.assign(new File([bytes], name, { type: "text/plain" }), {
    arrayBuffer: () => Promise.resolve(bytes.buffer),
  });
}

describe("import page, many files", () => {
  it("when four files are chosen (one not a notice, one of the wrong type), then each gets its own result and the others go on", async () => {
    const requests = mockApi({ "POST /api/documents": importHandler });
    renderRoute("/import");
    const user = userEvent.setup({ applyAccept: false });

    await user.upload(await screen.findByLabelText("Choose files"), [
      file("a.txt", "各级党委要加强领导。"),
      file("c.txt", "今年以来工作取得成效。"),
      file("scan.pdf", "%PDF-1.4"),
      file("b.txt", "基层党组织要做好宣传。"),
    ]);

    expect(await screen.findByText(/Done: 1 imported, 1 already stored, 2 refused\./)).toBeTruthy();
    const rows = screen.getAllByTestId("bulk-file");
    expect(rows.map((row) => within(row).getByText(/\.(txt|pdf)$/).textContent)).toEqual([
      "a.txt",
      "c.txt",
      "scan.pdf",
      "b.txt",
    ]);
    const [a, c, pdf, b] = rows;
    expect(a?.textContent).toContain("Imported, 3 items:");
    expect(within(a!).getByRole("link", { name: "甲通知" }).getAttribute("href")).toBe(
      "/documents/doc-a",
    );
    expect(c?.textContent).toMatch(/Refused:.*No responsibility item was found/);
    expect(pdf?.textContent).toMatch(/Refused:.*not a \.txt or \.docx file/);
    expect(b?.textContent).toContain("Already stored, not duplicated:");
    // The PDF never reached the server; the three text files were sent one by one, named.
    const sent = requests.filter((r) => r.method === "POST").map((r) => r.body as ImportBody);
    expect(sent.map((body) => body.fileName)).toEqual(["a.txt", "c.txt", "b.txt"]);
    expect(sent[0]?.text).toBe("各级党委要加强领导。");
    expect(screen.getByRole("progressbar", { name: /Done:/ }).getAttribute("value")).toBe("4");
  }, 20_000);
});
