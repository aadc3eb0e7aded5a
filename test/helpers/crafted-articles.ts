import type { ArticleInput } from '../../src/ingest/index.ts';

/**
 * Articles built to be expensive: each repeats one unit until it reaches `chars` characters, so
 * the same shape can be measured at 10 KB and at the size limit. The units are the project's own.
 */
export interface CraftedArticle {
  readonly name: string;
  readonly build: (chars: number) => ArticleInput;
}

function repeatTo(unit: string, chars: number, tail = ''): string {
  const count = Math.max(1, Math.floor((chars - tail.length) / unit.length));
  return unit.repeat(count) + tail;
}

function article(name: string, body: { text: string } | { html: string }): ArticleInput {
  return { url: `https://example.org/crafted/${name}`, title: null, published: null, lang: null, ...body };
}

export const CRAFTED_ARTICLES: readonly CraftedArticle[] = [
  {
    name: 'repeated titles',
    build: (chars) => article('titles', { text: repeatTo('Foreign Minister ', chars, 'Wang Yi met Sergey Lavrov.') }),
  },
  {
    name: 'one sentence of many clauses (zh)',
    build: (chars) => article('clauses', { text: repeatTo('国务院总理李强在北京会见俄罗斯外长拉夫罗夫，', chars, '双方交换了意见。') }),
  },
  {
    name: 'nested tags',
    build: (chars) => {
      const depth = Math.max(1, Math.floor(chars / 11 / 2));
      return article('nested', { html: `${'<div><span>'.repeat(depth)}Wang Yi met Sergey Lavrov in Moscow.${'</span></div>'.repeat(depth)}`.slice(0, chars) });
    },
  },
  {
    name: 'unmatched end tags',
    build: (chars) => {
      const depth = Math.max(1, Math.floor(chars / 12 / 2));
      return article('unmatched', { html: `${'<div>'.repeat(depth)}<p>Wang Yi met Sergey Lavrov.</p>${'</section>'.repeat(depth)}`.slice(0, chars) });
    },
  },
  {
    name: 'unclosed tags and attributes',
    build: (chars) => article('soup', { html: repeatTo('<p class="a b" data-x=\'1\'><a href="/x?y=<b>">Lavrov <i>met', chars) }),
  },
  {
    name: 'a long list of names (zh)',
    build: (chars) => article('names-zh', { text: `王毅会见了${repeatTo('拉夫罗夫、', chars - 20)}布林肯。` }),
  },
  {
    name: 'a long list of names (en)',
    build: (chars) => article('names-en', { text: `Wang Yi met ${repeatTo('Sergey Lavrov, ', chars - 30)}and Antony Blinken.` }),
  },
  {
    name: 'one line without punctuation',
    build: (chars) => article('line', { text: repeatTo('abcdefghij klmnop qrstuv wxyz ', chars) }),
  },
  {
    name: 'one run without spaces',
    build: (chars) => article('run', { text: 'x'.repeat(chars) }),
  },
  {
    name: 'mixed scripts',
    build: (chars) => article('mixed', { text: repeatTo('王毅 met Лавров في موسكو 會見 Blinken 2024年3月5日 ', chars) }),
  },
  {
    name: 'control characters',
    build: (chars) => article('control', { text: repeatTo('Wang\u0000Yi\u0007met\u200bLavrov\u202e.\u0085\r', chars) }),
  },
  {
    name: 'many short paragraphs',
    build: (chars) => article('paragraphs', { text: repeatTo('Wang Yi met Sergey Lavrov in Moscow on Monday.\n\n', chars) }),
  },
];
