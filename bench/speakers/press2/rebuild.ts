// Rebuilds this set's articles (texts/*.txt) from a clone of the public gilets_jaunes corpus
// repository, which this repository does not hold (see README.md):
//   node --import tsx bench/speakers/press2/rebuild.ts PATH/TO/gilets_jaunes
// How the articles are cut and checked: ../pressCorpus.ts.
import { rebuildPressSet } from '../pressCorpus';

const clone = process.argv[2];
if (clone === undefined) throw new Error('usage: rebuild.ts PATH/TO/gilets_jaunes (a clone of the source repository)');
if (rebuildPressSet(__dirname, clone) > 0) process.exitCode = 1;
