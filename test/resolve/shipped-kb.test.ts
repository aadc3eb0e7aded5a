import { describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { createResolver } from '../../src/resolve/index.ts';
import { context, mention } from './fixture-resolver.ts';

/** The data shipped with Parley grows every week: only people certain to stay in it are named here. */
const resolver = createResolver(loadKnowledgeBase());

describe('resolvePerson against the shipped knowledge base', () => {
  test.each([
    ['王毅', 'person:wang-yi'],
    ['Wang Yi', 'person:wang-yi'],
    ['外交部长王毅', 'person:wang-yi'],
    ['外交部長王毅', 'person:wang-yi'],
    ['Chinese Foreign Minister Wang Yi', 'person:wang-yi'],
    ['拉夫罗夫', 'person:sergei-lavrov'],
    ['拉夫羅夫', 'person:sergei-lavrov'],
    ['Sergey Lavrov', 'person:sergei-lavrov'],
    ['俄罗斯外长拉夫罗夫', 'person:sergei-lavrov'],
    ['Russian Foreign Minister Sergei Lavrov', 'person:sergei-lavrov'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolver.resolvePerson(mention(name), context('2024-02-01'))).toMatchObject({ kind: 'known', id, reason: 'exact_alias' });
  });

  test('resolves Lavrov after Sergei Lavrov in the same article', () => {
    const link = resolver.resolvePerson(mention('Lavrov'), context(null, [mention('Sergei Lavrov'), mention('Wang Yi')]));
    expect(link).toMatchObject({ kind: 'known', id: 'person:sergei-lavrov', reason: 'surname_in_article' });
  });

  // Namesakes may stay unresolved without a date; a listed name linking to someone else is a data or resolver bug.
  test('never links a listed name of a shipped person to another person', () => {
    const strays = loadKnowledgeBase().people.flatMap((person) =>
      [person.names.en, person.names.zhHans, person.names.zhHant, ...person.names.aliases]
        .map((name) => ({ name, link: resolver.resolvePerson(mention(name), context()) }))
        .filter(({ link }) => link.kind === 'known' && link.id !== person.id)
        .map(({ name }) => `${person.id}: ${name}`),
    );
    expect(strays).toEqual([]);
  });
});
