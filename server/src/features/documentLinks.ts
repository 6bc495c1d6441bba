import type { DocumentLink } from '../protocol';
import { dirname, resolvePath, walk, type DocumentModel } from '../core';
import { pathToUri } from '../workspace/uris';

const WEB = /^https?:\/\//i;

/** Web addresses in the text and link destinations, and the `uses` paths of the front matter. */
export function documentLinks(model: DocumentModel): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const block of model.tree.blocks) {
    if (block.type === 'definition') {
      for (const property of block.properties) if (WEB.test(property.value)) links.push({ range: model.lines.rangeOf(property.valueSpan), target: property.value });
      continue;
    }
    walk(block.inlines, (node) => {
      if (node.type === 'url' && WEB.test(node.url)) links.push({ range: model.lines.rangeOf(node.span), target: node.url });
      if (node.type === 'bracket' && node.destination && node.destinationSpan && WEB.test(node.destination)) {
        links.push({ range: model.lines.rangeOf(node.destinationSpan), target: node.destination });
      }
    });
  }
  for (const uses of model.tree.frontMatter?.uses ?? []) {
    links.push({ range: model.lines.rangeOf(uses.span), target: pathToUri(resolvePath(dirname(model.path), uses.path)), tooltip: 'Open the registry' });
  }
  return links;
}
