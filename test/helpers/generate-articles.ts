import type { ArticleTriplesInput } from '../../src/extract/index.ts';

/**
 * Deterministic articles for load and fault tests: `count` articles about meetings among a small
 * cast of invented envoys, so reports overlap and meetings gain several sources.
 */
export function generateArticles(count: number): ArticleTriplesInput[] {
  const cast = Array.from({ length: 40 }, (_, i) => `Envoy Person${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
  return Array.from({ length: count }, (_, i) => {
    const a = cast[i % cast.length]!;
    const b = cast[(i * 7 + 3) % cast.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      url: `https://load.example/${i}`,
      title: `Report ${i}`,
      published: `2024-03-${day}`,
      lang: 'en',
      meetings:
        a === b
          ? []
          : [{ kind: 'talks', participants: [{ name: a }, { name: b }], date: `2024-03-${day}`, place: { city: 'Geneva' }, topics: [{ name: `issue ${i % 5}` }], evidence: `${a} held talks with ${b}.` }],
    };
  });
}
