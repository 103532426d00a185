import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

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
});
