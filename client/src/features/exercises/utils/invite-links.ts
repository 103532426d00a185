/**
 * Class links this browser made, by invite id. The server keeps only a hash of each token
 * (a stolen database opens no exercise), so it cannot show a link twice; the browser that
 * made it can, for as long as the instructor keeps its storage. Another browser sees the
 * link's dates and state, and can make a new link.
 */
const KEY = "zeren.inviteLinks";

type Links = Record<string, string>;

function read(): Links {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "{}");
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    // Storage disabled or corrupt: the list simply shows no links.
    return {};
  }
}

export function rememberInviteLink(inviteId: string, url: string): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ ...read(), [inviteId]: url }));
  } catch {
    // Storage full or disabled: the link is still on screen until the page is left.
  }
}

export function rememberedInviteLink(inviteId: string): string | undefined {
  return read()[inviteId];
}
