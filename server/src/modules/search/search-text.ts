import { searchForm } from "@zeren/shared/search";

/**
 * The search columns of an item (issue 9): its text and its effective bearer in search form.
 * Every write of an item's `text`, `bearer` or `curatedBearer` spreads one of these into its
 * data, so the shadow columns (and, through triggers, the trigram index) never lag behind.
 * `bearer` is the effective one: a person's curated bearer when there is one.
 */
export function searchColumns(text: string, bearer: string) {
  return { searchText: searchForm(text), searchBearer: searchForm(bearer) };
}

/** For a write that changes only who bears the item (`bearer`: the effective one after it). */
export function searchBearerColumn(bearer: string) {
  return { searchBearer: searchForm(bearer) };
}

/** For a write that changes only the item's text (a person's item given a new span). */
export function searchTextColumn(text: string) {
  return { searchText: searchForm(text) };
}
