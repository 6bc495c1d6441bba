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
