import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { TableScroll } from "./table-scroll";

function table() {
  return (
    <table>
      <tbody>
        <tr>
          <td>κ</td>
        </tr>
      </tbody>
    </table>
  );
}

afterEach(() => vi.restoreAllMocks());

describe("TableScroll", () => {
  it("when the table is wider than its box, then the box is a named region in the tab order", () => {
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(343);
    render(<TableScroll label="Agreement by field">{table()}</TableScroll>);
    const region = screen.getByRole("region", { name: "Agreement by field" });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe("table-wrap");
  });

  it("when the table fits, then the box is plain: no role, no label, no tab stop", () => {
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(300);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(343);
    const { container } = render(
      <TableScroll label="Agreement by field" className="extra">
        {table()}
      </TableScroll>,
    );
    expect(screen.queryByRole("region")).toBeNull();
    const box = container.firstElementChild as HTMLElement;
    expect(box.className).toBe("table-wrap extra");
    expect(box.hasAttribute("tabindex")).toBe(false);
    expect(box.hasAttribute("aria-label")).toBe(false);
  });
});
