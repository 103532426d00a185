/** Sets the browser tab's title; React 19 hoists <title> into <head>. */
export function PageTitle({ title }: { title: string }) {
  return <title>{`${title} · Zeren`}</title>;
}
