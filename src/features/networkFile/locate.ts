import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { FilePath } from './definition';

/**
 * The line a path points at: a field's key, or a list item's first line. A path into something
 * the file does not have (a missing field) points at the nearest part that is there.
 */
export function lineLocator(document: Document, counter: LineCounter): (path: FilePath) => number {
  const lineAt = (offset: number) => counter.linePos(offset).line;
  return (path) => {
    let node = document.contents as Node | null;
    let line = node?.range ? lineAt(node.range[0]) : 1;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        line = lineAt(pair.key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | null | undefined;
        if (!item?.range) break;
        line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}
