// readCapitalLines: a line set all in capitals read with each word as the rest of the text writes it. The words the
// rest writes are read once into sets (a search of the whole text per word of the line was quadratic: 40 s on 200 KB
// of capitals); these cases pin what those sets must give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCapitalLines } from '../../server/src/core/speakers/capitalLines';

const recased = (headline: string, body: string): string => readCapitalLines(`${headline}\n${body}`).split('\n')[0]!;

test('a word written capitalised inside a sentence is capitalised; after spaces, a no-break space, a comma or an elision', () => {
  assert.equal(recased('LE MAIRE DURAND RASSURE', 'Selon le maire  Durand, tout va bien.'), 'le maire Durand rassure');
  assert.equal(recased('LE MAIRE DURAND RASSURE', 'Selon le maire,\u00a0Durand assure que tout va bien.'), 'le maire Durand rassure');
  assert.equal(recased('LA FOIRE D’ARTOIS OUVRE', 'Les stands de la foire d’Artois ouvrent samedi.'), 'la foire d’Artois ouvre');
  assert.equal(recased("LA FOIRE D'ARTOIS OUVRE", "Les stands de la foire d'Artois ouvrent samedi."), "la foire d'Artois ouvre");
});

test('a word only at a sentence start is no name; a word in capitals elsewhere stays an acronym; the same length', () => {
  assert.equal(recased('DURAND RASSURE LES ÉLUS', 'Durand rassure. Le conseil vote.'), 'durand rassure les élus');
  assert.equal(recased('L’ONU ALERTE SUR LA FAMINE', 'Selon l’ONU, la situation empire.'), 'l’ONU alerte sur la famine');
  const text = 'AB '.repeat(5000);
  const read = readCapitalLines(text);
  assert.equal(read.length, text.length);
  assert.equal(read, 'ab '.repeat(5000));
});
