// The plain-text speaker engine on small inline examples, French and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';

function speakers(text: string): { top: string | undefined; confident: boolean; notSpeech: boolean }[] {
  const a = analyzeSpeakers(text);
  return a.quotes.map((q) => ({ top: q.candidates[0] ? a.entities[q.candidates[0].entity]!.name : undefined, confident: q.confident, notSpeech: q.notSpeech }));
}

test('French: inverted verb with words between auxiliary and verb', () => {
  const r = speakers('La maire Claire Dufour a visité le chantier.\n« Nous tiendrons les délais », a d\'ailleurs déclaré Mme Dufour aux journalistes.');
  assert.equal(r[0]!.top, 'Claire Dufour');
  assert.ok(r[0]!.confident);
});

test('French: "a-t-il poursuivi" resolves to the last speaker', () => {
  const r = speakers('« Le projet avance », a déclaré Pierre Garnier.\n« Il reste des obstacles », a-t-il poursuivi.');
  assert.equal(r[1]!.top, 'Pierre Garnier');
});

test('French: selon, and a colon introducing the quote', () => {
  const r = speakers('Selon Anne Perrot, « la situation est grave ».\nLe directeur Marc Vidal a indiqué : « Rien n\'est décidé ».');
  assert.equal(r[0]!.top, 'Anne Perrot');
  assert.equal(r[1]!.top, 'Marc Vidal');
});

test('French: a role description points back to the person it described', () => {
  const r = speakers('Le ministre français de l\'Agriculture Paul Lenoir a rencontré les éleveurs.\n« Nous vous entendons », a souligné le ministre français.');
  assert.equal(r[0]!.top, 'Paul Lenoir');
});

test('English: "said", "according to", "he added"', () => {
  const r = speakers('"We are ready," said Maria Lopez, the team captain.\nAccording to John Baker, "the deal is done."\n"It was hard," he added.');
  assert.deepEqual(r.map((x) => x.top), ['Maria Lopez', 'John Baker', 'John Baker']);
});

test('English: subject before "told" with a colon', () => {
  const r = speakers('Senator Alice Grant told reporters: "This bill will pass."');
  assert.equal(r[0]!.top, 'Alice Grant');
  assert.ok(r[0]!.confident);
});

test('not speech: a title of a work named as such is not attributed', () => {
  const r = speakers('The museum opened an exhibition titled "Faces of the City" on Monday.');
  assert.ok(r[0]!.notSpeech);
  assert.equal(r[0]!.confident, false);
});

test('unnamed source described after the verb becomes a source', () => {
  const a = analyzeSpeakers('« Rien ne change », a affirmé une source proche du dossier.');
  const top = a.quotes[0]!.candidates[0]!;
  assert.equal(a.entities[top.entity]!.kind, 'source');
});
