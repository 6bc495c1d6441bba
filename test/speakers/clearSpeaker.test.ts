import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearSpeaker, speakerCandidates } from '../../server/src/core';
import { analyze } from '../core/helpers';

const DEFS = '---\nlang: fr\n---\n@person dupont: Marie Dupont\n  aka: Mme Dupont\n@person martin: Paul Martin\n  aka: M. Martin\n\n';

test('clearSpeaker: a name next to a speech verb is clear', () => {
  const a = analyze(`${DEFS}[Paul Martin](@martin) est arrivé. "Nous verrons bien", a déclaré Mme Dupont.\n`);
  const quote = a.model.quotes.findIndex((q) => q.text.startsWith('Nous verrons'));
  assert.equal(clearSpeaker(a.model, quote)?.id, 'dupont');
  assert.equal(speakerCandidates(a.model, quote)[0]?.id, 'dupont');
});

test('clearSpeaker: no speech cue, no clear speaker, even with candidates', () => {
  const a = analyze(`${DEFS}[Paul Martin](@martin) et [Marie Dupont](@dupont) ont lu "Le Rouge et le Noir" hier.\n`);
  const quote = a.model.quotes.findIndex((q) => q.text.startsWith('Le Rouge'));
  assert.equal(clearSpeaker(a.model, quote), undefined);
});

// In marked-up copy a known entity's mention wins over the name the engine detects there, but what the detection
// learnt of its holder (a title before the name, an apposition) is kept: "le trésorier" later is the one so titled.
test('a known entity keeps the role its marked mention is given in the text', () => {
  const { model } = analyze(
    '@person doyen: Marc Doyen\n@person fabre: Luc Fabre\n\nLe trésorier [Marc Doyen](@doyen) a présenté les comptes. [Luc Fabre](@fabre), le président, a ouvert la séance. « Merci à tous », a dit Luc Fabre. « Les comptes sont sains », a assuré le trésorier.\n',
  );
  assert.deepEqual(model.quotes.map((_, i) => speakerCandidates(model, i)[0]?.id), ['fabre', 'doyen']);
});
