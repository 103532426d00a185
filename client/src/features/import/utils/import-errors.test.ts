import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { importFieldErrors } from "./import-errors";

describe("import errors under their fields", () => {
  it("puts validation issues under the field their path names", () => {
    const error = new ApiError({
      status: 400,
      code: "VALIDATION_FAILED",
      message: "Invalid body",
      issues: [
        { path: "body.text", message: "text is empty" },
        { path: "body.date", message: "date must be YYYY-MM-DD" },
        { path: "body.fileName", message: "only .txt and .docx files can be imported" },
      ],
    });
    expect(importFieldErrors(error)).toEqual({
      text: "text is empty",
      date: "date must be YYYY-MM-DD",
      file: "only .txt and .docx files can be imported",
    });
  });

  it("puts 'too large' and 'no directives' under the text, anything else above the form", () => {
    expect(
      importFieldErrors(
        new ApiError({
          status: 413,
          code: "PAYLOAD_TOO_LARGE",
          message: "request entity too large",
        }),
      ).text,
    ).toMatch(/too large/);
    expect(
      importFieldErrors(
        new ApiError({
          status: 422,
          code: "NO_DIRECTIVES",
          message: "No directive found in this text.",
        }),
      ),
    ).toEqual({ text: expect.stringMatching(/^No responsibility item was found/) as string });
    expect(
      importFieldErrors(new ApiError({ status: 0, code: "NETWORK_ERROR", message: "offline" })),
    ).toEqual({
      form: "The server could not be reached. Check your connection and try again.",
    });
    expect(importFieldErrors(null)).toEqual({});
  });
});
