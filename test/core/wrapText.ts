// Test helper: wraps each line of a text greedily at `width` characters, as
// `fold -s` or an e-mail client does (a word longer than the width gets a line of its own).
export function wrapGreedily(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ').filter((w) => w !== '')) {
        if (current === '') current = word;
        else if (current.length + 1 + word.length <= width) current += ` ${word}`;
        else {
          out.push(current);
          current = word;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
