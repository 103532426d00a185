/**
 * A character trie over many small word lists at once, so a unit is scanned once for every
 * lexicon (actors, modals, type cues …) instead of once per word: linear in the text length
 * times the longest word, which keeps the extractor fast on multi-megabyte input.
 */
export interface TrieHit<T> {
  start: number;
  end: number;
  tag: T;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  tags: T[] | null;
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), tags: null });

export class Trie<T> {
  private readonly root: TrieNode<T> = newNode();
  /** 1 for every code unit some word starts with: most positions are skipped at one load. */
  private readonly starts = new Uint8Array(0x10000);

  add(word: string, tag: T): void {
    if (word.length === 0) return;
    this.starts[word.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    (node.tags ??= []).push(tag);
  }

  /** Every occurrence of every word in text[from, to), ordered by start then length. */
  scan(text: string, from: number, to: number): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    for (let start = from; start < to; start++) {
      if (this.starts[text.charCodeAt(start)] !== 1) continue;
      let node: TrieNode<T> | undefined = this.root;
      for (let i = start; i < to; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (!node) break;
        if (node.tags) for (const tag of node.tags) hits.push({ start, end: i + 1, tag });
      }
    }
    return hits;
  }
}
